# Unbounded recursion raises RecursionError; print only its message.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(e)
def ping(n):
    return pong(n)
def pong(n):
    return ping(n)
try:
    ping(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
def depth(n):
    return n if n == 0 else depth(n - 1) + 1
print(depth(500))
