// hostile: a runtime property
def x = "x".binding
