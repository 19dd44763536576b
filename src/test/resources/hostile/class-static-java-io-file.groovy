// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = java.io.File.forName("java.lang.Runtime")
