// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${Files.forName('java.lang.Runtime')}"
