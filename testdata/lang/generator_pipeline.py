# A pipeline of generators processing log lines lazily.
LOG = """\
2024-01-01 INFO start server
2024-01-01 DEBUG config loaded
2024-01-02 ERROR disk full
2024-01-02 INFO request /a 200
2024-01-03 ERROR timeout /b
2024-01-03 INFO request /c 404
2024-01-04 WARN slow query
"""
def lines(text):
    for line in text.splitlines():
        print("  read:", line[:10])
        yield line
def parse(lines):
    for line in lines:
        date, level, msg = line.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}
def only(level, records):
    return (r for r in records if r["level"] == level)
def numbered(records, start=1):
    for i, r in enumerate(records, start):
        yield f"{i}. {r['date']} {r['msg']}"
pipe = numbered(only("ERROR", parse(lines(LOG))))
print("pipeline built")
for out in pipe:
    print(out)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        n += 1
        yield n
squares = (n * n for n in naturals())
evens = (s for s in squares if s % 2 == 0)
print(list(take(5, evens)))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
