// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = ProcessBuilder.forName("java.lang.Runtime")
