import re

print(re.search(r"(\w+) \1", "hello hello world"), re.search(r"(\w+) \1", "hello world"))
print(re.findall(r"\b(\w)\w*\1\b", "anna bob civic eve xyz"))
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'it''s'"), re.match(r"(?P<q>['\"]).*?(?P=q)", "\"a'b\""))
print(re.sub(r"(\w)\1", r"<\1\1>", "aabbcd"), re.search(r"(a)|\1", "x"))
print(re.match(r"(a*)b\1", "aabaa").group(), re.search(r"(a*)b\1", "aaba").group())
print(re.match(r"(a)?\1", "b"), re.match(r"(?:(a)|b)\1", "b"))
print(re.match(r"(.)\1{2}", "xxx"), re.match(r"(ab)\1+", "ababab"))
print(re.search(r"<(\w+)>.*?</\1>", "<b>bold</b> <i>it</i>").group())
print(re.findall(r"(\d)(?=\d*\1)", "12321"), re.match(r"(a)\01", "a\1"))
try:
    re.match(r"(a)\10", "a\10")
except re.error as e:
    print(e)
print(re.match(r"(a)\100", "a\100"), re.match(r"(?i)(straße)\1", "straßeSTRASSE"))
print(re.match(r"(?i)(k)\1", "kK"), re.match(r"(?i)(ǆ)\1", "ǆǅ"))
