// hostile: constructor call
def x = new Class("@MARK@")
