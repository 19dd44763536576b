// hostile: constructor call
def x = new System("@MARK@")
