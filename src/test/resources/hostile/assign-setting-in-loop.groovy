// hostile: assigning a setting, inside a loop
[1, 2].each {
    slaPolicy "p" { retries = System.getenv() }
}
