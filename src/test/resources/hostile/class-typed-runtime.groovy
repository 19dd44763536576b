// hostile: typed declaration coerces a list (Groovy constructor call)
Runtime x = ["@MARK@"]
