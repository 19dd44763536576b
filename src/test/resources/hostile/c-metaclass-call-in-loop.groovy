// hostile: issue 11 reproducer C, inside a loop
[1, 2].each {
    metaClass { }
}
