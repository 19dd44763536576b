// hostile: direct field access
def r = "x".@value
