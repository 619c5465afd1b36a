# datetime: construction, repr/str, attributes, replace, date()/time().
from datetime import datetime, date, time, timezone, timedelta

for dt in [datetime(2024, 5, 17), datetime(2024, 5, 17, 8), datetime(2024, 5, 17, 8, 30, 15),
           datetime(2024, 5, 17, 8, 30, 0, 250), datetime(2024, 5, 17, 8, 30, 15, 5),
           datetime(2024, 5, 17, tzinfo=timezone.utc), datetime(2024, 5, 17, 1, 2, 3, fold=1),
           datetime(2024, 5, 17, 1, 2, 3, 4, timezone(timedelta(hours=-5), "EST"))]:
    print(repr(dt), "|", dt)
dt = datetime(2021, 12, 31, 23, 59, 59, 999999)
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()))
print(dt.replace(year=2022), dt.replace(microsecond=0), dt.replace(tzinfo=timezone.utc), repr(dt.replace(fold=1)))
aware = dt.replace(tzinfo=timezone(timedelta(hours=2)))
print(aware.replace(tzinfo=None), aware.utcoffset(), aware.tzname(), aware.dst(), dt.utcoffset(), dt.tzname())
print(dt.timetuple())
print(aware.utctimetuple())
print(dt.toordinal(), dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.ctime())
print(isinstance(dt, date), issubclass(datetime, date), datetime.min, datetime.max, datetime.resolution)
print(datetime.combine(date(2020, 2, 2), time(3, 4)), repr(datetime.combine(date(2020, 2, 2), time(3, 4, tzinfo=timezone.utc))))
print(repr(datetime.combine(date(2020, 2, 2), time(3, 4, tzinfo=timezone.utc), tzinfo=None)))
print(repr(datetime.combine(dt, time(1))))
