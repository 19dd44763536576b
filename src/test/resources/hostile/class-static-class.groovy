// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = Class.forName("java.lang.Runtime")
