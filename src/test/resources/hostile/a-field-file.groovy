// hostile: issue 11 reproducer A (File)
@Field File f = ["@MARK@"]
f.text = "x"
