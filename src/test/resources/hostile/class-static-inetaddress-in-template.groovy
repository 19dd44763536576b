// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${InetAddress.forName('java.lang.Runtime')}"
