// hostile: labels, inside a loop
[1, 2].each {
    outer: for (i in [1]) { break outer }
}
