// hostile: the script binding
def x = this.binding.variables
