// hostile: constructor call
def x = new groovy.util.Eval("@MARK@")
