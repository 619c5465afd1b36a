# 10k timers armed with call_later in scrambled order (a third of them
# cancelled), all due within 2 ms so CPython's real clock barely waits.
import asyncio

N = 10_000


def main():
    loop = asyncio.new_event_loop()
    fired = []
    handles = []
    for i in range(N):
        delay = (i * 7919 % N) * 1e-7
        handles.append(loop.call_later(delay, fired.append, i))
    for h in handles[::3]:
        h.cancel()
    loop.call_later(0.002, loop.stop)
    loop.run_forever()
    loop.close()
    print(len(fired))


main()
