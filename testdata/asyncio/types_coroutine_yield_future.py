# A generator-based coroutine delegates to a Future (yield from); a bare yield gives up one loop turn.
import asyncio
import types
@types.coroutine
def wait_on(fut):
    print("waiting on the future")
    result = yield from fut
    print("resumed with", result)
    return result.upper()
@types.coroutine
def bare_yield():
    yield
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "ready")
    print(await wait_on(fut))
    loop.call_soon(print, "callback runs during the bare yield")
    await bare_yield()
    print("after bare yield")
asyncio.run(main())
