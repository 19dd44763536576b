// hostile: constructor call, inside a string
def x = "${new org.codehaus.groovy.runtime.InvokerHelper('@MARK@')}"
