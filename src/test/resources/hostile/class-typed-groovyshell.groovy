// hostile: typed declaration coerces a list (Groovy constructor call)
GroovyShell x = ["@MARK@"]
