// hostile: times, inside a loop
[1, 2].each {
    1000000000.times { }
}
