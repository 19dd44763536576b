// hostile: typed declaration coerces a list (Groovy constructor call)
java.io.File x = ["@MARK@"]
