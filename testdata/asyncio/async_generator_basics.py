# Async generators: async for, asend, athrow, aclose, StopAsyncIteration.
import asyncio
async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    print("ticker exhausted")
async def echo():
    received = None
    try:
        while True:
            received = yield f"echo {received}"
    except ValueError as e:
        yield f"caught {e}"
    finally:
        print("echo finalized")
async def main():
    async for v in ticker(3):
        print("tick", v)
    g = echo()
    print(await g.asend(None))
    print(await g.asend("hi"))
    print(await g.athrow(ValueError("bad")))
    await g.aclose()
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    t = ticker(2)
    print(await t.__anext__(), await anext(t))
    try:
        await anext(t)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(ticker(0), "default"))
    print(type(echo()).__name__, aiter(t) is t)
asyncio.run(main())
