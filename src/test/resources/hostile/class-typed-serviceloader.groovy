// hostile: typed declaration coerces a list (Groovy constructor call)
ServiceLoader x = ["@MARK@"]
