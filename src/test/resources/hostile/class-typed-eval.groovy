// hostile: typed declaration coerces a list (Groovy constructor call)
Eval x = ["@MARK@"]
