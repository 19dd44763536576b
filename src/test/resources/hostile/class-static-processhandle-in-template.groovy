// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${ProcessHandle.forName('java.lang.Runtime')}"
