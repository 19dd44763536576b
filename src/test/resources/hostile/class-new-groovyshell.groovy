// hostile: constructor call
def x = new GroovyShell("@MARK@")
