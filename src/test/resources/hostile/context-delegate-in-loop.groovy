// hostile: reaching a context through delegate, inside a loop
[1, 2].each {
    slaPolicy "p" { delegate.recorder }
}
