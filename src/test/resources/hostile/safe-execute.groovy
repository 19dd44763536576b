// hostile: safe navigation
def x = "touch @MARK@"?.execute()
