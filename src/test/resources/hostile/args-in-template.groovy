// hostile: script args, inside a string
def x = "${args}"
