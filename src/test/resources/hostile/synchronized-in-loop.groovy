// hostile: synchronized, inside a loop
[1, 2].each {
    synchronized (this) { }
}
