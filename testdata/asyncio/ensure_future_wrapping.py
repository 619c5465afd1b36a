# ensure_future wraps coroutines in tasks and returns futures unchanged.
import asyncio
async def c():
    return "coro result"
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(c())
    print(type(t).__name__, await t)
    try:
        asyncio.ensure_future(123)
    except TypeError as e:
        print("TypeError:", e)
    t2 = loop.create_task(c(), name="via loop")
    print(t2.get_name(), await t2)
    f.set_result(None)
asyncio.run(main())
