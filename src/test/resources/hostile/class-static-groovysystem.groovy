// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = GroovySystem.forName("java.lang.Runtime")
