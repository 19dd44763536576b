// hostile: the script binding
def x = binding
