// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = Files.forName("java.lang.Runtime")
