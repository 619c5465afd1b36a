from collections import deque

class TinyLoop:
    """An event loop in miniature: a ready queue, timers and a clock."""
    def __init__(self):
        self.now, self.ready, self.timers = 0.0, deque(), []

    def call_soon(self, fn, *args):
        self.ready.append((fn, args))

    def call_later(self, delay, fn, *args):
        self.timers.append((self.now + delay, fn, args))
        self.timers.sort(key=lambda timer: timer[0])

    def run(self):
        while self.ready or self.timers:
            if not self.ready:   # nothing to do: jump to the next timer
                self.now, fn, args = self.timers.pop(0)
                self.ready.append((fn, args))
            fn, args = self.ready.popleft()
            fn(*args)

def tick(n):
    print(f'{loop.now}s: tick {n}')
    if n < 3:
        loop.call_later(0.5, tick, n + 1)

loop = TinyLoop()
loop.call_soon(tick, 1)
loop.call_later(1.2, print, 'a timer at 1.2s')
loop.run()
