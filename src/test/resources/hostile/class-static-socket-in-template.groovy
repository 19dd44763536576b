// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${Socket.forName('java.lang.Runtime')}"
