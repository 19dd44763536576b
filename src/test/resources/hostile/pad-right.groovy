// hostile: padding
def s = "x".padRight(1000000)
