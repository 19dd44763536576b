// hostile: typed declaration coerces a list (Groovy constructor call)
GroovySystem x = ["@MARK@"]
