// hostile: a method outside the allow-list
def x = "touch @MARK@".replaceFirst("a", "b")
