// hostile: method reference
def f = "touch @MARK@"::execute
