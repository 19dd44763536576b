// hostile: mixin, inside a loop
[1, 2].each {
    this.mixin(String)
}
