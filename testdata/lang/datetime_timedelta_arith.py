# timedelta arithmetic: + - * / // % divmod abs and comparisons.
from datetime import timedelta

a = timedelta(days=1, hours=2)
b = timedelta(hours=5, seconds=30)
print(a + b, a - b, b - a, -a, +a, abs(-a))
print(a * 3, 3 * a, a * 0.5, 0.25 * a, a * -1, a * 1.1)
print(a / 4, a / 7, a / 2.5, a / b, a // b, a % b, divmod(a, b))
print(a // 7, a // -7, timedelta(seconds=1) / 3, timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2)
print(timedelta(microseconds=1) * 0.5, timedelta(microseconds=3) * 0.5)
print(a == timedelta(hours=26), a != b, a < b, a > b, a <= a, b >= a)
print(a == 1, a != "x")
print(sorted([a, b, timedelta(0), -b]))
print(sum([a, b], timedelta()))
print(max(a, b), min(a, b))
total = timedelta()
for i in range(10):
    total += timedelta(minutes=7.5)
print(total, total.total_seconds(), total // timedelta(minutes=1))
print(timedelta(days=365) / timedelta(weeks=1))
print(hash(timedelta(hours=24)) == hash(timedelta(days=1)), {timedelta(1): "x"}[timedelta(hours=24)])
