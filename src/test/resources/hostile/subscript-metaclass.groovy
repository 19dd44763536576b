// hostile: a runtime property by subscript
def x = "x"["metaClass"]
