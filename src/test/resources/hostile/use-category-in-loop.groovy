// hostile: categories, inside a loop
[1, 2].each {
    use(String) { }
}
