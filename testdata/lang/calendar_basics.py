# calendar's functions: leap years, weekdays, month ranges and matrices, names, timegm, errors.
import calendar

print([y for y in range(1896, 1912) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 2025), calendar.leapdays(2000, 1900))
print(calendar.weekday(2024, 7, 4), calendar.weekday(1, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(-400, 3, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2024, 12))
print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2015, 2))
print(list(calendar.month_name), list(calendar.month_abbr), len(calendar.month_name))
print(list(calendar.day_name), calendar.day_abbr[0], calendar.day_name[-1], calendar.month_name[1:4], calendar.day_abbr[::2])
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.mdays, calendar.EPOCH)
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
import time
print(calendar.timegm(time.gmtime(1234567890)))
c = calendar.Calendar()
print(list(c.iterweekdays()), list(calendar.Calendar(3).iterweekdays()), calendar.Calendar(9).firstweekday)
print(list(c.itermonthdays(2024, 2))[:10], list(c.itermonthdays2(2024, 2))[:3])
print(list(c.itermonthdays3(2024, 3))[:5], list(c.itermonthdays4(2024, 3))[-3:])
print(c.monthdatescalendar(2024, 2)[0])
print(len(c.yeardayscalendar(2024)), len(c.yeardayscalendar(2024, 4)), c.yeardays2calendar(2024, 1)[0][0][0])
print(calendar.Calendar(firstweekday=6).monthdayscalendar(2024, 2))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e, isinstance(e, ValueError))
attempt("month 13", lambda: calendar.monthrange(2024, 13))
attempt("month 0", lambda: calendar.month(2024, 0))
attempt("weekday", lambda: calendar.setfirstweekday(7))
attempt("day", lambda: calendar.weekday(2024, 2, 30))
attempt("error", lambda: calendar.error is ValueError)
e = calendar.IllegalMonthError(13)
print(e.month, str(e), calendar.IllegalWeekdayError(-1))
