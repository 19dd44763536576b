// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = Runtime.forName("java.lang.Runtime")
