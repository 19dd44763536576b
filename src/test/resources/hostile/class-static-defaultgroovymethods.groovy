// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = DefaultGroovyMethods.forName("java.lang.Runtime")
