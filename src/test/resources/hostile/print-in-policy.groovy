// hostile: printing
slaPolicy "p" { print "x" }
