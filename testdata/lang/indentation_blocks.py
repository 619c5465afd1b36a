# Nested blocks with mixed indentation widths, blank lines and comments.
def outer(n):
  total = 0
  for i in range(n):
        if i % 2 == 0:

            # comment at odd indent
                total += i
        else:
         total -= 1
  return total

print(outer(6))
if True: print("one-line if")
for i in range(2): print("loop", i)
while False: pass
class C: x = 5
print(C.x)
def g(): return "g"; 
print(g())
x = 1; y = 2; print(x + y)
