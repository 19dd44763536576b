// hostile: issue 11 reproducer A (URL)
@Field URL u = ["http://127.0.0.1:@PORT@/"]
def t = u.text
