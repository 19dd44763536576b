// hostile: cubic loop, inside a loop
[1, 2].each {
    (1..1000).each { a -> (1..1000).each { b -> (1..1000).each { c -> } } }
}
