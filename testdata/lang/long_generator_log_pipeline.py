# A generator pipeline over web-server log lines: parse, filter, window, aggregate, report.
from collections import Counter, defaultdict

RAW = """\
10.0.0.1 - - [01/Jan/2024:10:00:01] "GET /index.html HTTP/1.1" 200 512
10.0.0.2 - - [01/Jan/2024:10:00:03] "GET /about.html HTTP/1.1" 200 256
10.0.0.1 - - [01/Jan/2024:10:00:04] "POST /login HTTP/1.1" 302 0
malformed line here
10.0.0.3 - - [01/Jan/2024:10:01:10] "GET /missing HTTP/1.1" 404 128
10.0.0.2 - - [01/Jan/2024:10:01:15] "GET /index.html HTTP/1.1" 200 512
10.0.0.4 - - [01/Jan/2024:10:02:00] "GET /admin HTTP/1.1" 403 64
10.0.0.1 - - [01/Jan/2024:10:02:30] "GET /index.html HTTP/1.1" 304 0
10.0.0.3 - - [01/Jan/2024:10:03:45] "GET /api/data HTTP/1.1" 500 32
10.0.0.5 - - [01/Jan/2024:10:03:50] "GET /api/data HTTP/1.1" 200 2048
"""


def read_lines(text):
    for number, line in enumerate(text.splitlines(), 1):
        yield number, line


def parse(lines, errors):
    for number, line in lines:
        try:
            ip, _, _, stamp, method, path, proto, status, size = line.split()
        except ValueError:
            errors.append(number)
            continue
        hh, mm, ss = stamp.strip("[]").split(":")[1:]
        yield {
            "ip": ip, "minute": int(hh) * 60 + int(mm), "second": int(ss),
            "method": method.strip('"'), "path": path, "status": int(status), "size": int(size),
        }


def where(records, predicate):
    return (r for r in records if predicate(r))


def by_minute(records):
    bucket, current = [], None
    for r in records:
        if current is not None and r["minute"] != current:
            yield current, bucket
            bucket = []
        current = r["minute"]
        bucket.append(r)
    if bucket:
        yield current, bucket


def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total


errors = []
records = list(parse(read_lines(RAW), errors))
print("parsed", len(records), "records; malformed lines:", errors)
for minute, group in by_minute(iter(records)):
    print(f"{minute // 60:02}:{minute % 60:02}", len(group), "requests", sum(r["size"] for r in group), "bytes")
status_classes = Counter(f"{r['status'] // 100}xx" for r in records)
print(sorted(status_classes.items()))
failures = where(records, lambda r: r["status"] >= 400)
print([(r["path"], r["status"]) for r in failures])
per_ip = defaultdict(list)
for r in records:
    per_ip[r["ip"]].append(r["path"])
for ip in sorted(per_ip):
    print(ip, per_ip[ip])
print(list(running_total(r["size"] for r in records)))
top = Counter(r["path"] for r in records).most_common(2)
print("top paths:", top)
lazy = where(parse(read_lines(RAW), []), lambda r: r["method"] == "POST")
print(type(lazy).__name__, next(lazy)["path"], next(lazy, "no more"))
