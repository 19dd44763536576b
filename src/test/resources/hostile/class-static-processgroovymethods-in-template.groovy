// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${ProcessGroovyMethods.forName('java.lang.Runtime')}"
