# Unicode special cases: multi-character case mappings, titlecase letters, ascii(), non-ASCII digits.
print("ß".upper(), "İ".lower() == "i̇", "ǅ".isupper(), "ǅ".istitle(), "Σ".lower())
print(ascii("日本"), ascii("é\n"), "a\tb".isprintable(), "é".isprintable())
print("١٢٣".isdigit(), int("١٢٣"), "Ⅻ".isnumeric(), "Ⅻ".isdigit())
