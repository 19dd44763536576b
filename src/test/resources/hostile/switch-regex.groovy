// hostile: switch on a regex
switch ("x") { case ~/x/: break }
