// hostile: assert, inside a loop
[1, 2].each {
    assert false
}
