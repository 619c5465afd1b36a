import types

@types.coroutine
def pause(what):
    received = yield what        # hand control back to whoever runs us
    return received

async def job():
    print('got', await pause('first'))
    print('got', await pause('second'))
    return 'finished'

coro = job()
print('paused at', coro.send(None))
print('paused at', coro.send(1))
try:
    coro.send(2)
except StopIteration as stop:
    print('returned', stop.value)
