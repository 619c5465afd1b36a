import asyncio

def tick(n):
    print('tick', n)
    loop.call_later(1, tick, n + 1)

loop = asyncio.get_event_loop()
loop.call_soon(tick, 1)
loop.call_later(3.5, loop.stop)  # without this, run_forever never returns
t0 = loop.time()
loop.run_forever()
print(f'stopped after {round(loop.time() - t0, 1)}s')
