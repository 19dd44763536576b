// hostile: constructor call, inside a string
def x = "${new javax.script.ScriptEngineManager('@MARK@')}"
