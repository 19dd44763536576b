// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${GroovySystem.forName('java.lang.Runtime')}"
