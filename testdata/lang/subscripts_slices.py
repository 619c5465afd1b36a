# Indexing and slicing with negative indices, steps, slice objects, assignment.
s = list(range(10))
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[-3:], s[::3], s[::-1], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], "hello"[1:-1], (1, 2, 3)[::-1])
sl = slice(1, 8, 3)
print(sl, sl.start, sl.stop, sl.step, s[sl], slice(5), slice(None, None, -1).indices(4))
t = s[:]
t[2:5] = ["a", "b"]
print(t)
t[::2] = "xyzwv"
print(t)
t[1:1] = [99, 98]
print(t)
t[:] = []
print(t)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    (1,)[1]
except IndexError as e:
    print("IndexError:", e)
m = [[1, 2], [3, 4]]
m[1][0] = 30
print(m, m[-1][-1])
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[1], g[1, 2], g[1:2], g[::2], g[1:2, 3], g[...])
