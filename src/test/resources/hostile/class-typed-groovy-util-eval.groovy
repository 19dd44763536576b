// hostile: typed declaration coerces a list (Groovy constructor call)
groovy.util.Eval x = ["@MARK@"]
