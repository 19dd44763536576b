// hostile: a runtime property by subscript
def x = "x"["out"]
