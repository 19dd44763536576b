// hostile: a method outside the allow-list
def x = "touch @MARK@".readLines()
