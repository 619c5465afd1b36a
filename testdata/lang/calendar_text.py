# calendar's text calendars: month() and calendar() with widths, line spacing and first weekdays.
import calendar

print(calendar.month(2024, 2))
print(repr(calendar.month(2024, 2, w=3, l=2)))
print(calendar.month(2023, 10, 4))
print(calendar.calendar(2024))
print(calendar.calendar(1999, w=3, l=1, c=2, m=4))
calendar.prmonth(2021, 8)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2), calendar.weekheader(9))
print(calendar.month(2024, 9))
calendar.setfirstweekday(0)
tc = calendar.TextCalendar(firstweekday=6)
print(tc.formatmonth(2025, 6))
print(tc.formatyear(2025, m=6))
print(repr(tc.formatweekheader(1)), repr(tc.formatweekheader(10)), repr(tc.formatmonthname(2025, 6, 30)), repr(tc.formatmonthname(2025, 6, 10, False)))
print(calendar.formatstring(["a", "b"], 5, 2) + "|")
calendar.prcal(2000, m=2)
