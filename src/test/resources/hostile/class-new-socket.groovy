// hostile: constructor call
def x = new Socket("@MARK@")
