// hostile: defaults block, inside a loop
[1, 2].each {
    defaults { System.exit(0) }
}
