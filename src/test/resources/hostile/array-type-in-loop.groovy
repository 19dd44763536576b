// hostile: array type, inside a loop
[1, 2].each {
    String[] a = ["x"]
}
