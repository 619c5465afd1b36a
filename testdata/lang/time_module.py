# The time module: only deterministic properties are printed.
import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.01)
print(time.time() >= t0, time.monotonic() - m0 >= 0.009, time.perf_counter() > p0)
print(type(time.time()).__name__, type(time.monotonic_ns()).__name__)
print(time.monotonic_ns() > 0, time.time_ns() > 0)
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 5)
time.sleep(0)
print("done")
