# time: construction, repr/str, isoformat timespecs, replace, comparisons.
from datetime import time, timezone, timedelta

for t in [time(), time(1), time(13, 5), time(13, 5, 9), time(13, 5, 9, 120000), time(0, 0, 0, 1),
          time(23, 59, tzinfo=timezone.utc), time(1, 2, 3, 4, timezone(timedelta(hours=-3, minutes=-30))),
          time(1, fold=1)]:
    print(repr(t), "|", t)
t = time(9, 8, 7, 654321)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec), t.isoformat(timespec=spec))
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(t.replace(hour=1), t.replace(microsecond=0), repr(t.replace(tzinfo=timezone.utc)))
print(time(1) < time(2), time(1) == time(1, 0), time(12, tzinfo=timezone.utc) == time(13, tzinfo=timezone(timedelta(hours=1))))
print(time(12, tzinfo=timezone.utc).utcoffset(), time(12).utcoffset(), time(12, tzinfo=timezone.utc).tzname())
print(bool(time()), bool(time(0, tzinfo=timezone.utc)), time.min, time.max, time.resolution)
print(sorted([time(5), time(1, 30), time(23)]))
print(hash(time(1)) == hash(time(1)), len({time(1), time(1, 0, 0)}))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
attempt("hour", lambda: time(24))
attempt("minute", lambda: time(1, 60))
attempt("second", lambda: time(1, 1, 60))
attempt("micro", lambda: time(1, 1, 1, 1000000))
attempt("negative", lambda: time(-1))
attempt("fold", lambda: time(1, fold=2))
attempt("tzinfo", lambda: time(1, tzinfo=5))
attempt("timespec", lambda: time(1).isoformat("nanoseconds"))
attempt("naive < aware", lambda: time(1) < time(1, tzinfo=timezone.utc))
attempt("naive == aware", lambda: time(1) == time(1, tzinfo=timezone.utc))
attempt("add", lambda: time(1) + timedelta(hours=1))
attempt("lt int", lambda: time(1) < 1)
