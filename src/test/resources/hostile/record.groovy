// hostile: record
record X(String a) { }
