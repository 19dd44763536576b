// hostile: closure owner
[1].each { owner.evaluate("1") }
