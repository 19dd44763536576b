// hostile: a function shadowing a DSL word
def slaPolicy(a, b) { "touch @MARK@".execute() }
