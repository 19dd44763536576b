// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${System.forName('java.lang.Runtime')}"
