// hostile: type checking extensions run scripts
@groovy.transform.TypeChecked(extensions = "evil.groovy")
def f() { }
