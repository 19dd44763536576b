// hostile: closure delegate, inside a loop
[1, 2].each {
    [1].each { delegate.class }
}
