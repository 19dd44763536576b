// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${File.forName('java.lang.Runtime')}"
