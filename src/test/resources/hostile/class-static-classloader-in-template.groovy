// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${ClassLoader.forName('java.lang.Runtime')}"
