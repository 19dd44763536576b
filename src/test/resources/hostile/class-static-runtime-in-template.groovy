// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${Runtime.forName('java.lang.Runtime')}"
