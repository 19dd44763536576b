// hostile: lazy GString closure
def s = "${ -> "touch @MARK@".execute() }"
