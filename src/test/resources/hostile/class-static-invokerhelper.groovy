// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = InvokerHelper.forName("java.lang.Runtime")
