// hostile: closure thisObject
[1].each { thisObject.evaluate("1") }
