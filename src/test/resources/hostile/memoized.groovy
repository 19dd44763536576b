// hostile: @Memoized
@groovy.transform.Memoized
def f() { "touch @MARK@".execute() }
