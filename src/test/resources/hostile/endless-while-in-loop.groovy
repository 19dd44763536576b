// hostile: endless loop, inside a loop
[1, 2].each {
    while (true) { }
}
