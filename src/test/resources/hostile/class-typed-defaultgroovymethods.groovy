// hostile: typed declaration coerces a list (Groovy constructor call)
DefaultGroovyMethods x = ["@MARK@"]
