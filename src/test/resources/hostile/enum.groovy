// hostile: enum
enum X { A; static { System.exit(0) } }
