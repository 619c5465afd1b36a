# input() reads lines from stdin; EOFError at end of input.
name = input()
print("Hello,", name)
age = int(input("Age? "))
print("Next year:", age + 1)
numbers = [int(x) for x in input().split()]
print("sum", sum(numbers))
try:
    while True:
        line = input()
        print("line:", repr(line))
except EOFError:
    print("EOF reached")
