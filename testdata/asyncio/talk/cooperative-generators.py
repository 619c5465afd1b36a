from collections import deque

def task(name, steps):
    for step in range(1, steps + 1):
        print(f'{name} step {step}')
        yield                    # cooperative: give the others a turn

ready = deque([task('a', 3), task('b', 2), task('c', 1)])
while ready:                     # the scheduler: round robin
    current = ready.popleft()
    try:
        next(current)
    except StopIteration:
        continue                 # finished: drop it
    ready.append(current)
