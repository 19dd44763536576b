// hostile: categories
use(String) { }
