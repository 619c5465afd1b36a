import re

a = re.compile(r"""\d +  # the integral part
                   \.    # the decimal point
                   \d *  # some fractional digits""", re.X)
b = re.compile(r"\d+\.\d*")
print(a.match("3.1415"), b.match("3.1415"), a.groups)
phone = re.compile(r"""
    (\d{3})     # area code
    [-.\s]?     # separator
    (\d{4})     # number
    """, re.VERBOSE)
print(phone.search("call 555-1234 now").groups())
print(re.match(r"(?x) a [ ] b", "a b"), re.match(r"(?x) a \  b", "a b"), re.match(r"(?x)a#b", "a"))
print(re.match(r"(?x) (?P<name> \w+ ) \s* = \s* (?P<value> \d+ )", "x = 42").groupdict())
print(re.match("(?x: a b ) c", "ab c"), re.match("(?x)a(?-x: b)", "a b"))
print(re.compile("a b", re.X).pattern, re.compile("a b", re.X).flags)
