// hostile: Script.run, inside a function
def f() {
    run(new File("/etc/passwd"), [] as String[])
}
f()
