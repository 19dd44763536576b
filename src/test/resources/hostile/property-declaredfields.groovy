// hostile: a runtime property
def x = "x".declaredFields
