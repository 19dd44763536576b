// hostile: overriding getProperty
def getProperty(String n) { System.getenv(n) }
