import sys
first = input()
print('first:', first)
n = int(input('count? '))
nums = [int(input()) for _ in range(n)]
print(sum(nums), nums)
rest = sys.stdin.readline()
print(repr(rest))
for line in sys.stdin:
    print('line', repr(line.rstrip('\n')))
    if line.startswith('stop'):
        break
print(repr(sys.stdin.read()))
print(sys.stdin.readline() == '')
