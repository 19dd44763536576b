// hostile: constructor call, inside a string
def x = "${new groovy.util.Eval('@MARK@')}"
