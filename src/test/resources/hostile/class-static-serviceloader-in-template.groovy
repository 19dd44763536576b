// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${ServiceLoader.forName('java.lang.Runtime')}"
