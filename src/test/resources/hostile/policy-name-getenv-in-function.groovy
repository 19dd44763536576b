// hostile: a policy named from the environment, inside a function
def f() {
    slaPolicy System.getenv("VBAWS_PASSWORD"), { }
}
f()
