// hostile: @Delegate
class X { @Delegate File f }
