// hostile: GString growth
def s = "x"
(1..30).each { s = "$s$s" }
