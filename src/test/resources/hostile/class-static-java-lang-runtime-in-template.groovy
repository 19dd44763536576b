// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${java.lang.Runtime.forName('java.lang.Runtime')}"
