# More str methods and edge cases: start/end arguments, maxsplit, format_map, empty strings.
s = "one two  three   four"
print(s.split(None, 1), s.split(" ", 2), s.rsplit(None, 1), s.rsplit(" ", 2), "".split(), "".split(","))
print("a,b,".split(","), ",a,".split(","), "  x  ".split(" "), "abc".split("abc"))
print("hello world".find("o", 5), "hello world".find("o", 5, 7), "hello".rfind("l", 0, 3), "abc".find(""), "abc".rfind(""))
print("hello".index("l", 3), "banana".count("an", 2), "banana".count(""), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("{name} is {age}".format_map({"name": "Ann", "age": 3}), "-".join(str(i) for i in range(4)))
print("they're bill's friends".title(), "hello world".capitalize(), "ÉCOLE".lower(), "ß".casefold())
print(repr("".join([])), "x" * 0 == "", "" in "", "" in "abc", "abc".startswith(""), "abc".endswith(("x", "bc")))
print("ab".center(5, "*"), "ab".center(6, "*"), "abc".center(6, "*"), "+5".zfill(4), "x".zfill(3), "".zfill(2))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(3), "  lead".lstrip(" l"), "trail..".rstrip("."))
print("Hello".ljust(2), "Hello".rjust(8, "."), "12".isdigit(), "".isdigit(), "a b".isalpha(), "ABC".isupper(), "".isupper())
print("mixed Case 123".swapcase(), "x".join("abc"), "abc"[::-1].upper(), min("hello"), max("hello"), sorted("bca"))
print("%s|%5s|%-5s|%.1s" % ("a", "b", "c", "def"), "a" "b" == "ab", "abc" * 2 < "abd")
