# timezone: fixed offsets, names, reprs, conversions with astimezone.
from datetime import datetime, timedelta, timezone, UTC

tzs = [timezone.utc, timezone(timedelta(0)), timezone(timedelta(hours=5, minutes=30)),
       timezone(timedelta(hours=-8), "PST"), timezone(timedelta(seconds=1.5)), timezone(timedelta(hours=-1, seconds=-1)),
       timezone.min, timezone.max]
for tz in tzs:
    print(repr(tz), "|", tz, "|", tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "UTC") is timezone.utc)
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"), timezone.utc == UTC)
print(hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), "X")))
dt = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print(dt.astimezone(ist), repr(dt.astimezone(ist)), dt.astimezone(ist).tzname())
print(dt.astimezone(timezone(timedelta(hours=-10))).isoformat())
print(repr(datetime(2024, 6, 1, 12).astimezone(timezone.utc)))
print(repr(dt.astimezone()))
print(dt.astimezone(ist).astimezone(timezone.utc) == dt)
print(ist.fromutc(datetime(2024, 1, 1, tzinfo=ist)))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
attempt("day", lambda: timezone(timedelta(days=1)))
attempt("neg day", lambda: timezone(-timedelta(hours=24)))
attempt("not td", lambda: timezone(3600))
attempt("name int", lambda: timezone(timedelta(0), 5))
attempt("utcoffset arg", lambda: timezone.utc.utcoffset(5))
attempt("fromutc other", lambda: ist.fromutc(dt))
attempt("fromutc naive", lambda: ist.fromutc(datetime(2024, 1, 1)))
attempt("astimezone int", lambda: dt.astimezone(5))
