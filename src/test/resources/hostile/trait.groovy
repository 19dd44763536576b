// hostile: trait
trait X { }
