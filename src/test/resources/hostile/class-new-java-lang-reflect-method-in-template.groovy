// hostile: constructor call, inside a string
def x = "${new java.lang.reflect.Method('@MARK@')}"
