// hostile: a policy named from the environment, inside a loop
[1, 2].each {
    slaPolicy System.getenv("VBAWS_PASSWORD"), { }
}
