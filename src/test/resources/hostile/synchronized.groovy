// hostile: synchronized
synchronized (this) { }
