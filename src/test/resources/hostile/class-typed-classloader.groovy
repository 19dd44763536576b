// hostile: typed declaration coerces a list (Groovy constructor call)
ClassLoader x = ["@MARK@"]
