// hostile: the script binding, inside a string
def x = "${this.binding.variables}"
