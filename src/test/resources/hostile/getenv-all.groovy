// hostile: environment
def e = System.getenv()
slaPolicy "p" { description e.toString() }
