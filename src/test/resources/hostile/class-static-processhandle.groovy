// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = ProcessHandle.forName("java.lang.Runtime")
