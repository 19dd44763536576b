// hostile: spread-dot, inside a string
def x = "${['a']*.getClass()}"
