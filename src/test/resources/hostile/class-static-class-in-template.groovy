// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${Class.forName('java.lang.Runtime')}"
