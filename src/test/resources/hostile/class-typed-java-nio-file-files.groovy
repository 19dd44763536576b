// hostile: typed declaration coerces a list (Groovy constructor call)
java.nio.file.Files x = ["@MARK@"]
