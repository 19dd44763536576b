// hostile: closure delegate
[1].each { delegate.class }
