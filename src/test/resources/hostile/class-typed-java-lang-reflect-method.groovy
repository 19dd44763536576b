// hostile: typed declaration coerces a list (Groovy constructor call)
java.lang.reflect.Method x = ["@MARK@"]
