// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${groovy.util.Eval.forName('java.lang.Runtime')}"
