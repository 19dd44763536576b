// hostile: spread property, inside a string
def x = "${['a']*.class}"
