// hostile: issue 11 reproducer C
metaClass { }
