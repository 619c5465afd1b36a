import re

email = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    m = email.match(s)
    print(s, m and m.group(2))
print(re.match(r"(?P<a>a)?(?(a)b|c)", "ab"), re.match(r"(?P<a>a)?(?(a)b|c)", "c"))
print(re.match(r"(a)?(?(1)b)", "ab"), re.match(r"(a)?(?(1)b)", "x"))
print(re.findall(r"(\()?\d+(?(1)\))", "(1) 2 (3 4)"))
print(re.match(r"(?:(a)|b)(?(1)c|d)", "bd"), re.match(r"(?:(a)|b)(?(1)c|d)", "ac"))
print(re.fullmatch(r"(\")?\w+(?(1)\")", '"quoted"'), re.fullmatch(r"(\")?\w+(?(1)\")", '"half'))
