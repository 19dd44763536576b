// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${java.lang.reflect.Method.forName('java.lang.Runtime')}"
