// hostile: interface
interface X { }
