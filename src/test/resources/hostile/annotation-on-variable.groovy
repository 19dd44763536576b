// hostile: annotation on a local
@SuppressWarnings("x") def y = 1
