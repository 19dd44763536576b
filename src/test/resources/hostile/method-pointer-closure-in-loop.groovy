// hostile: method pointer on a closure (groovy-sandbox issue 54), inside a loop
[1, 2].each {
    { -> "touch @MARK@".execute() }().&x
}
