// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${Thread.forName('java.lang.Runtime')}"
