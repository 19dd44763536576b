// hostile: metaclass
getMetaClass().invokeMethod(this, "evaluate", "1")
