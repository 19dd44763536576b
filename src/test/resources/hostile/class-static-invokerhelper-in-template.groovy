// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${InvokerHelper.forName('java.lang.Runtime')}"
