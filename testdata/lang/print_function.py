# print with sep, end, file and flush.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" continued")
print("x", "y", sep="", end="!\n")
print()
print(1, 2.0, None, True, [1], {"a": 1}, (1,), sep=" | ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=", ")
print("multi\nline")
print("sep None", "works", sep=None, end=None)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
