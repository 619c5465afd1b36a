# date errors: ranges, types, overflow, comparisons.
from datetime import date, datetime, timedelta

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("year 0", lambda: date(0, 1, 1))
attempt("year 10000", lambda: date(10000, 1, 1))
attempt("month 13", lambda: date(2020, 13, 1))
attempt("month 0", lambda: date(2020, 0, 1))
attempt("feb 30", lambda: date(2020, 2, 30))
attempt("feb 29 2021", lambda: date(2021, 2, 29))
attempt("day 0", lambda: date(2020, 1, 0))
attempt("float", lambda: date(2020.0, 1, 1))
attempt("str", lambda: date("2020", 1, 1))
attempt("missing", lambda: date(2020))
attempt("overflow", lambda: date.max + timedelta(1))
attempt("underflow", lambda: date.min - timedelta(1))
attempt("ordinal 0", lambda: date.fromordinal(0))
attempt("ordinal big", lambda: date.fromordinal(3652060))
attempt("add int", lambda: date(2020, 1, 1) + 1)
attempt("add date", lambda: date(2020, 1, 1) + date(2020, 1, 1))
attempt("sub int", lambda: date(2020, 1, 1) - 1)
attempt("lt str", lambda: date(2020, 1, 1) < "2020")
attempt("eq str", lambda: date(2020, 1, 1) == "2020-01-01")
attempt("lt datetime", lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
attempt("eq datetime", lambda: date(2020, 1, 1) == datetime(2020, 1, 1))
attempt("sub datetime", lambda: date(2020, 1, 2) - datetime(2020, 1, 1))
attempt("replace bad", lambda: date(2020, 1, 31).replace(month=2))
attempt("isocal week", lambda: date.fromisocalendar(2021, 53, 1))
attempt("isocal day", lambda: date.fromisocalendar(2021, 1, 8))
attempt("isocal year", lambda: date.fromisocalendar(0, 1, 1))
attempt("timestamp big", lambda: date.fromtimestamp(1e12))
