// hostile: @Singleton
@Singleton class X { }
