// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = File.forName("java.lang.Runtime")
