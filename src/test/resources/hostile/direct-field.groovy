// hostile: direct field access
def r = this.@binding
