// hostile: printing, inside a loop
[1, 2].each {
    println "hello"
}
