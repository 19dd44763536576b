// hostile: system property
def p = System.getProperty("vbaws.secret")
