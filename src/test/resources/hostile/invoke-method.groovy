// hostile: invokeMethod
invokeMethod("evaluate", "1")
