# strptime's errors: mismatches, leftovers, bad directives, invalid dates.
from datetime import datetime
import time

def attempt(s, f):
    try:
        print(repr(datetime.strptime(s, f)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt("2024-13-01", "%Y-%m-%d")
attempt("2024-02-30", "%Y-%m-%d")
attempt("2023-02-29", "%Y-%m-%d")
attempt("2024-03-09 extra", "%Y-%m-%d")
attempt("2024-03-09", "%Y-%m-%d %H")
attempt("24-03-09", "%Y-%m-%d")
attempt("2024", "%Q")
attempt("2024", "%Y%")
attempt("2024", "% Y")
attempt("2024.", "%Y%.")
attempt("x", "%")
attempt("2024 13", "%Y %I")
attempt("2024 53", "%G %V")
attempt("53 1", "%V %u")
attempt("2024 1 10", "%G %j %V")
attempt("+01:0230", "%z")
attempt("0000", "%Y")
attempt("1 Foo 2024", "%d %b %Y")
attempt("12:61", "%H:%M")
attempt(20240101, "%Y")
attempt("2024", None)
for s, f in [("abc", "%Y"), ("2024", "%y"), (5, "%Y")]:
    try:
        print(time.strptime(s, f))
    except (TypeError, ValueError) as e:
        print("time:", e)
print(time.strptime("2024 +0100", "%Y %z").tm_gmtoff)
