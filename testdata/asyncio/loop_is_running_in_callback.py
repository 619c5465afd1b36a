# Inside callbacks and tasks the loop reports is_running; outside it does not.
import asyncio
loop = asyncio.new_event_loop()
def cb():
    print("in callback: running =", loop.is_running(), "| get_running_loop is loop:", asyncio.get_running_loop() is loop)
async def coro():
    cb()
    return "done"
loop.call_soon(cb)
print(loop.run_until_complete(coro()))
print("outside: running =", loop.is_running())
loop.close()
