// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = Eval.forName("java.lang.Runtime")
