// hostile: allowed method, hostile block
def x = ["touch @MARK@"].sum { it.execute() }
