// hostile: closure as a value
def c = { "touch @MARK@".execute() }
c()
