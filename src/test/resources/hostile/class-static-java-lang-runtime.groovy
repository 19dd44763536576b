// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = java.lang.Runtime.forName("java.lang.Runtime")
