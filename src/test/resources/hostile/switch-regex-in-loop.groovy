// hostile: switch on a regex, inside a loop
[1, 2].each {
    switch ("x") { case ~/x/: break }
}
