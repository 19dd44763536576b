// hostile: this
def x = this.class
