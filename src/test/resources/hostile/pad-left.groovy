// hostile: padding
def s = "x".padLeft(2000000000)
