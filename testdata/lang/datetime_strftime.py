# strftime on date, datetime and time, and format() / f-strings.
from datetime import datetime, date, time, timezone, timedelta

dt = datetime(2024, 1, 7, 15, 4, 5, 123456, timezone(timedelta(hours=5, minutes=45), "NPT"))
for f in ["%Y-%m-%d %H:%M:%S.%f", "%a %A %b %B", "%j %U %W %w %u", "%p %I %y %C", "%c", "%x", "%X", "%%", "%z %Z",
          "%d/%m/%Y", "%H%M%S", "%G-W%V-%u", "%e|%k|%l", "%D %T %R %r %F", "100%", "%Q", "%-d %-m %-H", "%", "%%z"]:
    print(repr(f), repr(dt.strftime(f)))
print(datetime(2024, 1, 7, 0, 30).strftime("%I:%M %p"), datetime(2024, 1, 7, 12, 30).strftime("%I:%M %p"))
print(date(2024, 12, 30).strftime("%Y %j %U %W %G %V"), date(2023, 1, 1).strftime("%U %W %V %G"))
print(date(5, 3, 4).strftime("%Y %y %m %d"), date(999, 1, 1).strftime("%Y"), repr(date(2024, 1, 1).strftime("%H:%M:%S %f %z %Z")))
print(time(13, 14, 15, 16).strftime("%H %M %S %f %p %Y %m %d"), time(1, tzinfo=timezone.utc).strftime("%z %Z"))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=-3725, microseconds=-5))).strftime("%z"))
print(f"{dt:%Y-%m-%d}", f"{dt}", format(dt, ""), f"{date(2024, 1, 2):%d %B}", f"{time(3, 4):%H.%M}", f"{dt:{'%H'}}")
print("{:%A}".format(date(2024, 7, 4)), "{0:%b %d}".format(datetime(2024, 7, 4)))
for d in [date(2024, 1, i) for i in range(1, 8)]:
    print(d.strftime("%a %U %W"), end="; ")
print()
try:
    dt.strftime(5)
except TypeError as e:
    print("TypeError:", e)
try:
    format(dt, 5)
except TypeError as e:
    print("TypeError:", e)
