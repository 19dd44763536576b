// hostile: class as a receiver (SecureASTCustomizer receiver lists), inside a string
def x = "${javax.script.ScriptEngineManager.forName('java.lang.Runtime')}"
