// hostile: allowed method, hostile block, inside a string
def x = "${['touch @MARK@'].sum { it.execute() }}"
