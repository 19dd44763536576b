// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${org.codehaus.groovy.runtime.InvokerHelper.forName('java.lang.Runtime')}"
