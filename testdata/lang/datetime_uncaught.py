# An uncaught error from datetime prints CPython's traceback.
from datetime import datetime, date

def parse(s):
    return datetime(*map(int, s.split("-")))

print(parse("2024-02-29"))
print(date(2024, 1, 1) - parse("2024-01-01"))
