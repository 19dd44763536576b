// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = org.codehaus.groovy.runtime.InvokerHelper.forName("java.lang.Runtime")
