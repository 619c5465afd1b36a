import asyncio

def say(what):
    print(f'{round(loop.time() - t0, 1)}s: {what}')

loop = asyncio.new_event_loop()
t0 = loop.time()
loop.call_later(0.3, say, 'third timer')
loop.call_later(0.1, say, 'first timer')
loop.call_soon(say, 'right away')
loop.call_later(0.2, say, 'second timer')
loop.call_later(0.4, loop.stop)
loop.run_forever()
loop.close()
