// hostile: type checking extensions run scripts
@groovy.transform.CompileStatic(extensions = ["evil.groovy"])
def f() { }
