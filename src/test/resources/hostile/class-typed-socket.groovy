// hostile: typed declaration coerces a list (Groovy constructor call)
Socket x = ["@MARK@"]
