// hostile: typed declaration coerces a list (Groovy constructor call)
Thread x = ["@MARK@"]
