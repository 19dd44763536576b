// hostile: typed declaration coerces a list (Groovy constructor call)
File x = ["@MARK@"]
