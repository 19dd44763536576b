// hostile: annotation on a parameter
def f(@groovy.transform.NamedParam x) { x }
