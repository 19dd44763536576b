// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = InetAddress.forName("java.lang.Runtime")
