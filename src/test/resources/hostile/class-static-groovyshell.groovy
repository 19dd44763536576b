// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = GroovyShell.forName("java.lang.Runtime")
