// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = ServiceLoader.forName("java.lang.Runtime")
