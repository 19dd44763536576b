// hostile: static main
static void main(String[] args) { System.exit(0) }
