# Subclasses of date, datetime and timedelta keep their class through arithmetic constructors.
from datetime import date, datetime, timedelta, timezone

class MyDate(date):
    def describe(self):
        return f"{self:%d %b %Y} ({self.strftime('%A')})"

class Stamp(datetime):
    def __repr__(self):
        return "Stamp<" + self.isoformat() + ">"

class Span(timedelta):
    pass

d = MyDate(2024, 2, 10)
print(repr(d), d.describe(), type(d.replace(day=11)).__name__, type(MyDate.fromordinal(1)).__name__)
print(type(d + timedelta(1)).__name__, type(MyDate.fromisoformat("2024-01-01")).__name__, MyDate.today.__name__)
s = Stamp(2024, 1, 1, 12)
print(s, repr(s), type(s + timedelta(1)).__name__, type(s.replace(hour=1)).__name__, type(Stamp.fromisoformat("2024-01-01")).__name__)
print(repr(Stamp.strptime("2024", "%Y")), type(Stamp.combine(d, s.time())).__name__, isinstance(s, date))
sp = Span(hours=1)
print(repr(sp), sp, type(sp + sp).__name__, type(-sp).__name__, sp == timedelta(hours=1))
print(type(datetime.now(timezone.utc)).__name__, type(Stamp.fromtimestamp(0, timezone.utc)).__name__)
