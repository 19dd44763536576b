// hostile: class as a receiver (SecureASTCustomizer receiver lists)
def x = javax.script.ScriptEngineManager.forName("java.lang.Runtime")
