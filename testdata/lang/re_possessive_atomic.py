import re

print(re.match(r"a++b", "aaab"), re.match(r"a++a", "aaaa"), re.match(r"a*+a", "aaaa"))
print(re.match(r"(?>a+)b", "aab"), re.match(r"(?>a+)a", "aaa"), re.match(r"(?>a|ab)c", "abc"))
print(re.match(r"(?:ab)++a", "ababa"), re.match(r"(?:ab)*+b", "ababb"))
print(re.match(r"a?+a", "a"), re.match(r"a{1,3}+a", "aaaa"), re.match(r"a{2}+", "aa"))
print(re.match(r"(?:a|ab)++c", "abc"), re.match(r"(?:a|ab){2}+", "abab"))
print(re.findall(r"\d++", "12 345 6"), re.findall(r"(?>\w+)\s", "ab cd ef"))
print(re.match(r"(a)++", "aaa").groups(), re.match(r"(?>(a)+)", "aa").groups())
print(re.match(r'"(?>[^"\\]+|\\.)*"', r'"a\"b" tail'))
print(re.match(r"x*+", ""), re.match(r"(?:x*)++y", "xxy"), re.match(r"(?:)++", "a"))
print(re.match(r"a*?+", "aaa") if False else "skip", re.match(r"(?>)", "a"))
