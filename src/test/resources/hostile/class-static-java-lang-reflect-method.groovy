// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = java.lang.reflect.Method.forName("java.lang.Runtime")
