# datetime.strptime: directives, defaults, zones, 12-hour clocks, week numbers.
from datetime import datetime

cases = [
    ("2024-03-09 07:05:03", "%Y-%m-%d %H:%M:%S"),
    ("9/3/24", "%d/%m/%y"),
    ("31/12/69", "%d/%m/%y"),
    ("01/01/68", "%d/%m/%y"),
    ("Saturday, March 09, 2024", "%A, %B %d, %Y"),
    ("sat mar 9 2024", "%a %b %d %Y"),
    ("MARCH 2024", "%B %Y"),
    ("07:05 PM", "%I:%M %p"),
    ("12:00 am", "%I:%M %p"),
    ("12:00 pm", "%I:%M %p"),
    ("7", "%I"),
    ("2024 100", "%Y %j"),
    ("2024 10 1", "%Y %U %w"),
    ("2024 0 0", "%Y %W %w"),
    ("2024 53 7", "%G %V %u"),
    ("2024-03-09T07:05:03.5Z", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("2024-03-09 07:05:03 +0530", "%Y-%m-%d %H:%M:%S %z"),
    ("2024-03-09 07:05:03 -08:00", "%Y-%m-%d %H:%M:%S %z"),
    ("2024-03-09 07:05:03 +01:02:03.25", "%Y-%m-%d %H:%M:%S %z"),
    ("2024-03-09 07:05:03 UTC", "%Y-%m-%d %H:%M:%S %Z"),
    ("2024-03-09 07:05:03 +0000 GMT", "%Y-%m-%d %H:%M:%S %z %Z"),
    ("Sat Mar  9 07:05:03 2024", "%c"),
    ("03/09/24", "%x"),
    ("07:05:03", "%X"),
    ("% 2024", "%% %Y"),
    ("  2024   3", " %Y %m"),
    ("2024\t\n3", "%Y %m"),
    ("20240309", "%Y%m%d"),
    ("202431", "%Y%m%d"),
    ("123", "%f"),
    ("5:6:7", "%H:%M:%S"),
    ("", ""),
    ("10", "%m"),
]
for s, f in cases:
    print(repr(s), repr(f), repr(datetime.strptime(s, f)))
print(datetime.strptime("2024-03-09 07:05:03 +0530", "%Y-%m-%d %H:%M:%S %z").utcoffset())
print(datetime.strptime("Mar 9 2024 10:11", "%b %d %Y %H:%M").isoformat())
