// hostile: constructor call
def x = new Eval("@MARK@")
