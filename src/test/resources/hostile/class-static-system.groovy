// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = System.forName("java.lang.Runtime")
