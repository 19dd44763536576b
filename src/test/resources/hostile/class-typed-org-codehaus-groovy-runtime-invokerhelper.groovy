// hostile: typed declaration coerces a list (Groovy constructor call)
org.codehaus.groovy.runtime.InvokerHelper x = ["@MARK@"]
