// hostile: do/while, inside a loop
[1, 2].each {
    do { } while (true)
}
