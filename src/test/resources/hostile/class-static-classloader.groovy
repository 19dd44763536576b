// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = ClassLoader.forName("java.lang.Runtime")
