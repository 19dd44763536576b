// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${DefaultGroovyMethods.forName('java.lang.Runtime')}"
