// hostile: method pointer on a closure (groovy-sandbox issue 54)
{ -> "touch @MARK@".execute() }().&x
