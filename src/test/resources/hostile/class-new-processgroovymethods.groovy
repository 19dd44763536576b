// hostile: constructor call
def x = new ProcessGroovyMethods("@MARK@")
