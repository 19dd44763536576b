// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = Paths.forName("java.lang.Runtime")
