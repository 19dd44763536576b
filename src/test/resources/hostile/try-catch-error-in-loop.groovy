// hostile: catching errors to continue past bounds, inside a loop
[1, 2].each {
    try { while (true) { } } catch (Throwable t) { }
}
