// hostile: typed declaration coerces a list (Groovy constructor call)
System x = ["@MARK@"]
