// hostile: typed declaration coerces a list (Groovy constructor call)
InetAddress x = ["@MARK@"]
