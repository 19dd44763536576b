// hostile: @Immutable
@groovy.transform.Immutable class X { String a }
