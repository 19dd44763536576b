// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = URL.forName("java.lang.Runtime")
