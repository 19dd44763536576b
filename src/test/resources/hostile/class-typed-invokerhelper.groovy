// hostile: typed declaration coerces a list (Groovy constructor call)
InvokerHelper x = ["@MARK@"]
