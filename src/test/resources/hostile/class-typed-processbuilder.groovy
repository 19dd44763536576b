// hostile: typed declaration coerces a list (Groovy constructor call)
ProcessBuilder x = ["@MARK@"]
