// hostile: the script binding, inside a string
def x = "${binding}"
