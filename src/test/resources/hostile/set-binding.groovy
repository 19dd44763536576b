// hostile: binding
setBinding(null)
