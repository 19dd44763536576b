// hostile: method pointer on a closure (groovy-sandbox issue 54), inside a function
def f() {
    { -> "touch @MARK@".execute() }().&x
}
f()
