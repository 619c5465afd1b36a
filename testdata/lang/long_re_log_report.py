# A log report: parse access-log lines with named groups, tally by status
# and path, redact e-mail addresses and pull durations out of messages.
import re
from collections import Counter, defaultdict

LOG = """\
127.0.0.1 - - [07/Dec/2026:10:00:01 +0000] "GET /index.html HTTP/1.1" 200 5120 "-" "curl/8.0"
10.0.0.7 - alice [07/Dec/2026:10:00:02 +0000] "POST /api/login HTTP/1.1" 302 0 "-" "Mozilla/5.0"
10.0.0.7 - alice [07/Dec/2026:10:00:03 +0000] "GET /api/items?page=2 HTTP/1.1" 200 812 "-" "Mozilla/5.0"
192.168.1.20 - - [07/Dec/2026:10:01:15 +0000] "GET /missing HTTP/1.1" 404 153 "-" "bot/1.2"
10.0.0.9 - bob [07/Dec/2026:10:02:00 +0000] "DELETE /api/items/17 HTTP/1.1" 500 91 "-" "python-requests/2.31"
garbage line that does not parse
10.0.0.7 - alice [07/Dec/2026:10:03:30 +0000] "GET /index.html HTTP/1.1" 304 0 "-" "Mozilla/5.0"
"""

LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s+ - \s+ (?P<user>\S+) \s+
    \[(?P<day>\d{2})/(?P<month>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]{8})\s[+-]\d{4}\]\s+
    "(?P<method>[A-Z]+)\s(?P<path>[^\s?"]+)(?:\?(?P<query>[^\s"]*))?\s[^"]+"\s+
    (?P<status>\d{3})\s+(?P<size>\d+)
""", re.VERBOSE)

by_status = Counter()
by_path = defaultdict(list)
bad = []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    d = m.groupdict()
    by_status[d["status"][0] + "xx"] += 1
    by_path[d["path"]].append(int(d["size"]))
    if d["query"]:
        params = dict(re.findall(r"(\w+)=(\w+)", d["query"]))
        print("line", n, "query", params)
    if d["user"] != "-":
        print("line", n, "user", d["user"], "at", m.group("time"), m.span("time"))

print(sorted(by_status.items()))
for path, sizes in sorted(by_path.items()):
    print(f"{path:20} {len(sizes)} requests, {sum(sizes)} bytes")
print("unparsed lines:", bad)

MESSAGES = [
    "job 17 finished in 1.5s (owner: alice@example.com)",
    "job 18 finished in 250ms, cc bob.smith+ci@build.example.org",
    "job 19 failed after 2m 3s",
]
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
DURATION = re.compile(r"(?:(\d+)m\s*)?(?:(\d+(?:\.\d+)?)s|(\d+)ms)")
for msg in MESSAGES:
    redacted = EMAIL.sub(lambda m: "<user@" + m.group(1) + ">", msg)
    d = DURATION.search(msg)
    minutes, seconds, millis = d.groups()
    total = int(minutes or 0) * 60 + float(seconds or 0) + int(millis or 0) / 1000
    print(redacted, "|", total)

words = re.split(r"[\s,;]+", "alpha, beta;gamma  delta,,epsilon")
print(words, [w for w in words if re.fullmatch(r"[a-e]\w*a", w)])
print(re.sub(r"(\d+)", lambda m: f"{int(m.group()):,}", "sizes: 5120 812 1234567"))
