// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${URL.forName('java.lang.Runtime')}"
