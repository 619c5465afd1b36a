# Timestamps: fromtimestamp, utcfromtimestamp, timestamp (local time is UTC here).
from datetime import datetime, date, timezone, timedelta

for ts in [0, 1, -1, 86399.5, 1700000000, 1700000000.123456, 1700000000.9999996, -0.5, 2**31, 253402300799]:
    print(ts, repr(datetime.utcfromtimestamp(ts)), repr(datetime.fromtimestamp(ts, timezone.utc)))
print(datetime.fromtimestamp(1700000000, timezone(timedelta(hours=-7))))
print(date.fromtimestamp(1700000000), date.fromtimestamp(0))
print(datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=1))).timestamp())
print(datetime(2024, 1, 1, 0, 0, 0, 500000, tzinfo=timezone.utc).timestamp(), datetime(1, 1, 1, tzinfo=timezone.utc).timestamp())
t = datetime(2030, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
print(datetime.fromtimestamp(t.timestamp(), timezone.utc) == t)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
attempt("str", lambda: datetime.utcfromtimestamp("0"))
attempt("nan", lambda: datetime.utcfromtimestamp(float("nan")))
attempt("tz int", lambda: datetime.fromtimestamp(0, 5))
attempt("too big", lambda: datetime.utcfromtimestamp(1e12))
# Naive timestamps are local time: UTC on this runtime (and where the goldens are made).
print(repr(datetime.fromtimestamp(0)), datetime(2024, 1, 1).timestamp(), repr(datetime(2024, 1, 1).astimezone()))
