// hostile: typed declaration coerces a list (Groovy constructor call)
Paths x = ["@MARK@"]
