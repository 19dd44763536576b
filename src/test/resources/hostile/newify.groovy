// hostile: @Newify
@Newify(File)
def f() { File("@MARK@") }
