# isoformat with separators and timespecs; fromisoformat round trips and errors.
from datetime import datetime, date, time, timezone, timedelta

dt = datetime(2024, 3, 9, 7, 5, 3, 40500, timezone(timedelta(hours=-4, minutes=-30)))
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat("x", "minutes"), dt.isoformat(timespec="milliseconds"))
print(datetime(2024, 3, 9).isoformat(), datetime(2024, 3, 9, tzinfo=timezone(timedelta(seconds=5))).isoformat())
print(datetime(2024, 3, 9, tzinfo=timezone(timedelta(microseconds=-7))).isoformat())
for s in ["2024-03-09", "20240309", "2024-W10", "2024-W10-6", "2024W106", "2024W10"]:
    print(s, repr(date.fromisoformat(s)))
for s in ["2024-03-09T07:05:03", "2024-03-09 07:05", "2024-03-09T07", "2024-03-09T070503", "2024-03-09T07:05:03.5",
          "2024-03-09T07:05:03.123456789", "2024-03-09T07:05:03,25", "2024-03-09T07:05:03Z", "2024-03-09T07:05:03+05:30",
          "2024-03-09T07:05:03-0800", "2024-03-09T07:05:03+01", "2024-03-09T07:05:03+00:00", "2024-03-09T07:05:03.1+01:02:03.5",
          "20240309T0705", "2024-03-09", "2024-W10-6T12:00", "2024-03-09x12:00"]:
    print(s, repr(datetime.fromisoformat(s)))
for s in ["07:05", "T07:05:03", "07", "0705", "07:05:03.000001", "07:05:03+02:00", "07:05:03Z", "07:05:03.123"]:
    print(s, repr(time.fromisoformat(s)))
print(datetime.fromisoformat(dt.isoformat()) == dt, time.fromisoformat(dt.timetz().isoformat()) == dt.timetz())
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
for s in ["2024-3-9", "2024/03/09", "", "2024-03-09T", "2024-03-09T7:05", "2024-03-09T07:05:", "24-03-09", "2024-0309", "2024-13-01", "2024-02-30",
          "2024-03-09T25:00", "2024-03-09T07:05+", "2024-03-09T07:05Zx", "2024-03-09T07:05+24:00", "2024-W54", "abcdefgh"]:
    attempt(repr(s), lambda: datetime.fromisoformat(s))
for s in ["2024-3-09", "2024-03-9", "2024-03-09T00", "2024-02-30"]:
    attempt("date " + repr(s), lambda: date.fromisoformat(s))
for s in ["7:05", "07:5", "25:00", "07:05:03.", "07-05"]:
    attempt("time " + repr(s), lambda: time.fromisoformat(s))
attempt("not str", lambda: datetime.fromisoformat(20240309))
attempt("sep", lambda: dt.isoformat("ab"))
attempt("timespec", lambda: dt.isoformat(timespec="days"))
