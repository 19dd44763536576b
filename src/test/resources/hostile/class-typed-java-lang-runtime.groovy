// hostile: typed declaration coerces a list (Groovy constructor call)
java.lang.Runtime x = ["@MARK@"]
