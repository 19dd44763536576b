// hostile: typed declaration coerces a list (Groovy constructor call)
ProcessHandle x = ["@MARK@"]
