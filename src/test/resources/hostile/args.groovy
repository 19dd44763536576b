// hostile: script args
def x = args
