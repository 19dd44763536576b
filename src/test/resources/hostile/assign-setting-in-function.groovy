// hostile: assigning a setting, inside a function
def f() {
    slaPolicy "p" { retries = System.getenv() }
}
f()
