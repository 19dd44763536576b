// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${Paths.forName('java.lang.Runtime')}"
