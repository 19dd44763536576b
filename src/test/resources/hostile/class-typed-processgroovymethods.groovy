// hostile: typed declaration coerces a list (Groovy constructor call)
ProcessGroovyMethods x = ["@MARK@"]
