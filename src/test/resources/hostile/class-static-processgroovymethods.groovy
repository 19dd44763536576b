// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = ProcessGroovyMethods.forName("java.lang.Runtime")
