# datetime comparisons: naive vs aware, zones, dates, sorting and hashing.
from datetime import datetime, date, timedelta, timezone

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

naive = datetime(2024, 1, 1, 12)
utc = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
plus2 = datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))
attempt("naive == aware", lambda: naive == utc)
attempt("naive != aware", lambda: naive != utc)
attempt("naive < aware", lambda: naive < utc)
attempt("aware >= naive", lambda: utc >= naive)
attempt("naive - aware", lambda: naive - utc)
attempt("aware - naive", lambda: utc - naive)
attempt("utc == plus2", lambda: utc == plus2)
attempt("utc < plus2", lambda: utc < plus2)
attempt("hash equal", lambda: hash(utc) == hash(plus2))
attempt("dt == date", lambda: naive == date(2024, 1, 1))
attempt("dt < date", lambda: naive < date(2024, 1, 1))
attempt("date > dt", lambda: date(2024, 1, 1) > naive)
attempt("dt < int", lambda: naive < 5)
attempt("dt + int", lambda: naive + 5)
attempt("dt - date", lambda: naive - date(2024, 1, 1))
attempt("dt + dt", lambda: naive + naive)
attempt("sorted", lambda: sorted([plus2.replace(hour=15), utc, plus2.replace(hour=13)]))
attempt("min", lambda: min(datetime(2024, 1, 2), datetime(2023, 5, 5)))
attempt("set", lambda: len({utc, plus2, naive}))
attempt("eq fold", lambda: datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1))
