// hostile: @ASTTest on a method
@groovy.transform.ASTTest(value = { new File("@MARK@").text = "x" })
def f() { }
