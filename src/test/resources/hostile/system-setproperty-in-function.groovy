// hostile: system property write, inside a function
def f() {
    System.setProperty("vbaws.pwned", "1")
}
f()
