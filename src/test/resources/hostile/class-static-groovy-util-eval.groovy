// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = groovy.util.Eval.forName("java.lang.Runtime")
