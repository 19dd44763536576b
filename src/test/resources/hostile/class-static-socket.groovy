// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = Socket.forName("java.lang.Runtime")
