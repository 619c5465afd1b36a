# A directive repeated in a strptime format: re.error, as _strptime's regular expression raises it.
import time, re
from datetime import datetime
for s, f in [("2024 2024", "%Y %Y"), ("AM AM", "%p %p"), ("+0100 1 +0100", "%z %d %z"), ("1.2 1", "%d.%m %d"), ("Mon Jan  1 00:00:00 2024 1", "%c %d"), ("x", "%d%Y%d%Y")]:
    try:
        print(time.strptime(s, f))
    except re.error as e:
        print("re.error:", e, e.pos, e.msg)
    try:
        print(datetime.strptime(s, f))
    except re.error as e:
        print("re.error:", e, e.pos, e.msg)
