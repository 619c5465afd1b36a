# Everyday datetime code: schedules, durations, grouping by week, countdowns.
from datetime import datetime, date, time, timedelta, timezone
from collections import defaultdict

meetings = [
    ("standup", datetime(2024, 4, 1, 9, 0), timedelta(minutes=15)),
    ("review", datetime(2024, 4, 1, 14, 30), timedelta(hours=1, minutes=30)),
    ("planning", datetime(2024, 4, 3, 10, 0), timedelta(hours=2)),
    ("retro", datetime(2024, 4, 12, 16, 0), timedelta(minutes=45)),
]
for name, start, length in meetings:
    end = start + length
    print(f"{name:<9} {start:%a %d %b %H:%M}-{end:%H:%M} ({length})")
total = sum((length for _, _, length in meetings), timedelta())
print("total", total, total.total_seconds() / 3600, "hours")

by_week = defaultdict(list)
for name, start, _ in meetings:
    by_week[start.isocalendar().week].append(name)
print(dict(by_week))

def business_days(a, b):
    n = 0
    d = a
    while d < b:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n
print(business_days(date(2024, 4, 1), date(2024, 5, 1)))

launch = datetime(2024, 12, 31, 23, 59, 59, tzinfo=timezone.utc)
now = datetime(2024, 6, 15, 8, 30, tzinfo=timezone(timedelta(hours=2)))
left = launch - now
hours, rem = divmod(left.seconds, 3600)
print(f"{left.days} days, {hours} hours, {rem // 60} minutes to go")

print([d.strftime("%m/%d") for d in (date(2024, 1, 31) + timedelta(days=30 * i) for i in range(4))])
print(datetime.combine(date(2024, 4, 1), time(9)) < meetings[1][1], max(m[1] for m in meetings).date())
log = ["2024-04-01 09:00:03 start", "2024-04-01 09:00:07 ready", "2024-04-01 09:01:15 stop"]
stamps = [datetime.strptime(line[:19], "%Y-%m-%d %H:%M:%S") for line in log]
print([str(b - a) for a, b in zip(stamps, stamps[1:])])
