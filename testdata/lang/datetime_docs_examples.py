# Examples from CPython's datetime documentation (strptime, timetuple, a tzinfo with a fold).
from datetime import datetime, date, time, timezone, timedelta, tzinfo
dt = datetime.strptime("21/11/06 16:30", "%d/%m/%y %H:%M")
print(dt)
tt = dt.timetuple()
for it in tt:
    print(it)
ic = dt.isocalendar()
for it in ic:
    print(it)
print(dt.strftime("%A, %d. %B %Y %I:%M%p"))
print('The {1} is {0:%d}, the {2} is {0:%B}, the {3} is {0:%I:%M%p}.'.format(dt, "day", "month", "time"))
class KabulTz(tzinfo):
    UTC_MOVE_DATE = datetime(1944, 12, 31, 20, tzinfo=timezone.utc)
    def utcoffset(self, dt):
        if dt.year < 1945:
            return timedelta(hours=4)
        elif (1945, 1, 1, 0, 0) <= dt.timetuple()[:5] < (1945, 1, 1, 0, 30):
            return timedelta(hours=4, minutes=30) if dt.fold else timedelta(hours=4)
        else:
            return timedelta(hours=4, minutes=30)
    def fromutc(self, dt):
        if dt.replace(tzinfo=timezone.utc) >= self.UTC_MOVE_DATE:
            return dt + timedelta(hours=4, minutes=30)
        else:
            return dt + timedelta(hours=4)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        if dt >= self.UTC_MOVE_DATE.replace(tzinfo=None):
            return "+04:30"
        return "+04"
tz1 = KabulTz()
dt1 = datetime(1900, 11, 21, 16, 30, tzinfo=tz1)
print(dt1.utcoffset())
dt2 = datetime(2006, 6, 14, 13, 0, tzinfo=tz1)
print(dt2.utcoffset())
dt3 = dt2.astimezone(timezone.utc)
print(dt3)
print(dt2)
print(dt2 == dt3)
d = date.fromordinal(730920)
print(d, d.isoformat(), d.strftime("%d/%m/%y"), d.ctime(), 'The {1} is {0:%d}, the {2} is {0:%B}.'.format(d, "day", "month"))
t = time(12, 10, 30, tzinfo=timezone(timedelta(hours=1), "+01:00"))
print(t, t.isoformat(), t.dst(), t.tzname(), t.strftime("%H:%M:%S %Z"), 'The {} is {:%H:%M}.'.format("time", t))
