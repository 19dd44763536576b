// hostile: constructor call
def x = new javax.script.ScriptEngineManager("@MARK@")
