import re

text = "first line\nsecond line\n"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M))
print(re.findall(r"\w+$", text), re.findall(r"\w+$", text, re.M))
print(re.search("line$", "a line\n"), re.search(r"line\Z", "a line\n"), re.search(r"line\Z", "a line"))
print(re.findall(r"$", "a\nb\n"), re.findall(r"(?m)$", "a\nb\n"))
print(re.findall(r"\A\w", "ab\ncd", re.M), re.findall(r"(?m)^", "ab\ncd\n"))
print(re.match(".+", "abc\ndef"), re.match(".+", "abc\ndef", re.S), re.findall(".", "a\nb"))
print(re.findall(r"\bcat\b", "cat concat cat's bobcat cat"))
print(re.findall(r"\Bcat\B", "cat concatenate scat"))
print(re.search(r"\b", ""), re.search(r"\B", ""), re.search(r"\B", "a"), re.search(r"^$", ""))
print(re.findall(r"\b\w", "héllo wörld", re.A), re.findall(r"\b\w", "héllo wörld"))
print(re.sub(r"$", "!", "end\n"), re.sub(r"(?m)$", "!", "a\nb"))
print(re.split(r"^", "a\nb", flags=re.M), re.split(r"$", "a\nb", flags=re.M))
