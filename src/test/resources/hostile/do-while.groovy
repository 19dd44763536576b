// hostile: do/while
do { } while (true)
