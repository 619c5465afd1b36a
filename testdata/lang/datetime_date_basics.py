# date: construction, attributes, repr/str, replace, ordinals, weekdays.
from datetime import date, timedelta

d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day)
print(d.isoformat(), d.ctime(), d.timetuple())
print(d.toordinal(), date.fromordinal(d.toordinal()), date.fromordinal(1), date.fromordinal(3652059))
print(d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()))
ic = d.isocalendar()
print(ic.year, ic.week, ic.weekday, ic[0], type(ic).__name__)
print(d.replace(day=1), d.replace(year=2023, day=28), d.replace(month=3))
for y, m, dd in [(2020, 12, 31), (2021, 1, 1), (2021, 1, 3), (2021, 1, 4), (2018, 12, 31), (2015, 12, 31), (2016, 1, 3), (2008, 12, 29), (9999, 12, 31), (1, 1, 1)]:
    x = date(y, m, dd)
    print(x, x.weekday(), x.isoweekday(), x.isocalendar(), x.toordinal(), x.timetuple().tm_yday)
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1), date.fromisocalendar(2004, 1, 1))
print(date.min, date.max, date.resolution)
print(date(2000, 1, 1) == date(2000, 1, 1), date(2000, 1, 1) < date(2000, 1, 2), date(2000, 1, 1) != date(1999, 12, 31))
print(sorted([date(2001, 5, 1), date(1999, 1, 1), date(2000, 6, 15)]))
print(len({date(2000, 1, 1), date(2000, 1, 1), date(2000, 1, 2)}))
print(bool(date.min))
print(date(True, 1, 1))
