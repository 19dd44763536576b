// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = java.nio.file.Files.forName("java.lang.Runtime")
