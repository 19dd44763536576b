// hostile: constructor call
def x = new Paths("@MARK@")
