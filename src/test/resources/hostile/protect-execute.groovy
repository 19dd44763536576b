// hostile: protect
protect "touch @MARK@".execute().text
