// hostile: constructor call, inside a string
def x = "${new java.io.File('@MARK@')}"
