// hostile: this, inside a string
def x = "${this.class}"
