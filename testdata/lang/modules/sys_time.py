import sys, time
print(sys.version_info[:2], sys.version_info.minor, sys.maxsize, sys.getrecursionlimit(), isinstance(sys.argv, list))
sys.setrecursionlimit(50)
def deep(n): return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError")
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
t = time.monotonic(); time.sleep(0.3); print(round(time.monotonic() - t, 1))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", time.gmtime(86400 * 365)), time.gmtime(0).tm_year)
print(sys.stdout.write("x\n"))
