# timedelta: normalisation, repr, str, attributes.
from datetime import timedelta

cases = [
    timedelta(),
    timedelta(1),
    timedelta(days=-1),
    timedelta(seconds=-1),
    timedelta(microseconds=-1),
    timedelta(hours=25, minutes=61, seconds=61),
    timedelta(weeks=2, days=3, hours=4),
    timedelta(milliseconds=1500),
    timedelta(days=1.5),
    timedelta(hours=-1.25),
    timedelta(seconds=0.1),
    timedelta(microseconds=0.5),
    timedelta(microseconds=1.5),
    timedelta(microseconds=2.5),
    timedelta(microseconds=-0.5),
    timedelta(minutes=1e-7),
    timedelta(days=999999999),
    timedelta(True, False),
]
for td in cases:
    print(repr(td), "|", td, "|", td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta.min, repr(timedelta.min))
print(timedelta.max, repr(timedelta.max))
print(timedelta.resolution)
print(bool(timedelta()), bool(timedelta(microseconds=1)))
print(str(timedelta(days=-2, seconds=1)), str(timedelta(days=1, microseconds=1)))
