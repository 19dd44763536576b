// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = Thread.forName("java.lang.Runtime")
