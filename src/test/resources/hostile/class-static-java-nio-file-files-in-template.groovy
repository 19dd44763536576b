// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${java.nio.file.Files.forName('java.lang.Runtime')}"
