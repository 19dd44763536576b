// hostile: constructor call
def x = new org.codehaus.groovy.runtime.InvokerHelper("@MARK@")
