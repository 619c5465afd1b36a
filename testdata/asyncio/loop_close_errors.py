# Using a closed loop, and closing a running loop, raise RuntimeError.
import asyncio
loop = asyncio.new_event_loop()
loop.close()
loop.close()
for action in (lambda: loop.call_soon(print), lambda: loop.run_forever(), lambda: loop.call_later(1, print)):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)
loop2 = asyncio.new_event_loop()
async def close_while_running():
    try:
        loop2.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
loop2.run_until_complete(close_while_running())
loop2.close()
async def inner():
    pass
async def outer():
    coro = inner()
    try:
        asyncio.get_running_loop().run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
asyncio.run(outer())
