// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${ProcessBuilder.forName('java.lang.Runtime')}"
