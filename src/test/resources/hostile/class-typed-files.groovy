// hostile: typed declaration coerces a list (Groovy constructor call)
Files x = ["@MARK@"]
