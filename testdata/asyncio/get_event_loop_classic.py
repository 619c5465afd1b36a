# The pre-asyncio.run style of the talk: get_event_loop at module level, call_soon, run_forever, stop.
import asyncio
def print_and_exit():
    print("Hello asyncio!")
    asyncio.get_event_loop().stop()
loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop(), loop.is_running())
loop.call_soon(print_and_exit)
loop.run_forever()
async def greet(name):
    await asyncio.sleep(0.01)
    return f"hi {name}"
print(loop.run_until_complete(greet("classic")))
print(loop.run_until_complete(asyncio.gather(greet("a"), greet("b"))))
loop.close()
