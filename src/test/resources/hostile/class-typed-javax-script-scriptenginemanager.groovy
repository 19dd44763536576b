// hostile: typed declaration coerces a list (Groovy constructor call)
javax.script.ScriptEngineManager x = ["@MARK@"]
