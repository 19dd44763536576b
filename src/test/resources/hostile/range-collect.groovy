// hostile: huge range
def l = (1..1000000000).collect { it }
