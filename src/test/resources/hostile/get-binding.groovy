// hostile: binding
getBinding().setVariable("x", 1)
