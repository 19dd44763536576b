// hostile: sleep, inside a loop
[1, 2].each {
    sleep 100000
}
