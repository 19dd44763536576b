// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${Eval.forName('java.lang.Runtime')}"
