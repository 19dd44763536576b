// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${java.io.File.forName('java.lang.Runtime')}"
