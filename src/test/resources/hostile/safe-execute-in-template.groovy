// hostile: safe navigation, inside a string
def x = "${'touch @MARK@'?.execute()}"
