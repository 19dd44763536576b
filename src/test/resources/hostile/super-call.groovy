// hostile: super
super.evaluate("1")
