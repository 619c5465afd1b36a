# String literal forms: quotes, escapes, raw, triple-quoted, concatenation.
print('single', "double", 'it\'s', "say \"hi\"")
print("tab:\tend", "new\\nline", "nl:\nnext")
print("\x41\x42", "\u00e9", "\N{GREEK SMALL LETTER ALPHA}", "\101")
print(r"raw\n\t", R"C:\path\to")
s = """triple
  quoted
string"""
print(s)
t = '''another "one" with 'quotes' '''
print(t)
print("con" "cat" 'enation')
print(len("\n"), len(r"\n"))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\t\n\\"))
print(repr("é"), repr("\x00\x7f"))
