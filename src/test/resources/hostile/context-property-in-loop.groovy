// hostile: reaching a context, inside a loop
[1, 2].each {
    slaPolicy "p" { def r = recorder }
}
