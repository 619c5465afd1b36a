# A tzinfo subclass with a DST rule, as in the CPython docs' examples.
from datetime import datetime, timedelta, tzinfo, timezone

class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return f"Fixed({self.name})"

class Summer(tzinfo):
    # UTC+1, plus an hour from April to September.
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)
    def dst(self, dt):
        if dt is not None and 4 <= dt.month <= 9:
            return timedelta(hours=1)
        return timedelta(0)
    def tzname(self, dt):
        return "CEST" if self.dst(dt) else "CET"

f = Fixed(3, "MSK")
dt = datetime(2024, 1, 15, 10, tzinfo=f)
print(repr(dt), dt, dt.utcoffset(), dt.tzname(), dt.dst())
print(dt.strftime("%Y-%m-%d %H:%M %Z %z"), dt.isoformat())
print(dt.astimezone(timezone.utc), dt.timetuple().tm_isdst)
s = Summer()
for month in (1, 7):
    x = datetime(2024, month, 1, 12, tzinfo=s)
    print(x, x.tzname(), x.dst(), x.timetuple().tm_isdst, x.astimezone(timezone.utc))
print(datetime(2024, 7, 1, 10, tzinfo=timezone.utc).astimezone(s))
print(datetime(2024, 7, 1, 12, tzinfo=s) == datetime(2024, 7, 1, 10, tzinfo=timezone.utc))
print(datetime(2024, 7, 1, 12, tzinfo=s) - datetime(2024, 1, 1, 12, tzinfo=s))
print(datetime(2024, 7, 1, 12, tzinfo=s) - datetime(2024, 1, 1, 12, tzinfo=f))

class Broken(tzinfo):
    def utcoffset(self, dt):
        return 5
class TooBig(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=25)
class Abstract(tzinfo):
    pass
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
attempt("broken", lambda: datetime(2024, 1, 1, tzinfo=Broken()).utcoffset())
attempt("too big", lambda: datetime(2024, 1, 1, tzinfo=TooBig()).utcoffset())
attempt("abstract", lambda: datetime(2024, 1, 1, tzinfo=Abstract()).utcoffset())
attempt("abstract name", lambda: datetime(2024, 1, 1, tzinfo=Abstract()).tzname())
attempt("abstract dst", lambda: Abstract().dst(None))
attempt("abstract str", lambda: str(datetime(2024, 1, 1, tzinfo=Abstract())))
