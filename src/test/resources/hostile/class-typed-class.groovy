// hostile: typed declaration coerces a list (Groovy constructor call)
Class x = ["@MARK@"]
