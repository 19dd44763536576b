// hostile: constructor call, inside a string
def x = "${new InvokerHelper('@MARK@')}"
