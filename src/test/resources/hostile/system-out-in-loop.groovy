// hostile: printing, inside a loop
[1, 2].each {
    System.out.println(1)
}
