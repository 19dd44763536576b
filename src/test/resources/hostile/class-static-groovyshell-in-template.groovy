// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${GroovyShell.forName('java.lang.Runtime')}"
