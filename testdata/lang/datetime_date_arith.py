# date arithmetic with timedelta and date differences.
from datetime import date, timedelta

d = date(2023, 1, 31)
print(d + timedelta(days=1), timedelta(days=30) + d, d - timedelta(days=31))
print(d + timedelta(hours=23), d + timedelta(hours=25), d - timedelta(hours=1), d + timedelta(seconds=-1))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - date(2023, 2, 1))
print(date(2000, 1, 1) - date(2024, 12, 25), (date(2024, 12, 25) - date(2000, 1, 1)).days)
x = date(2024, 1, 1)
dates = []
while x < date(2024, 3, 1):
    dates.append(x)
    x += timedelta(weeks=2)
print(dates)
print(date.max - date.min)
birthday = date(1990, 7, 14)
today = date(2024, 7, 13)
age = today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))
print(age)
print((date(2024, 12, 25) - date(2024, 1, 1)) // timedelta(weeks=1))
