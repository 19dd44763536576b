// hostile: typed declaration coerces a list (Groovy constructor call)
URL x = ["@MARK@"]
