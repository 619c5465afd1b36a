# asyncio.run() called inside a running loop: the RuntimeError's traceback
# names runners.py's line, and the coroutine it was given, still held by
# that traceback, is reported at interpreter shutdown ("sys:1").
import asyncio


async def fetch(n=1):
    await asyncio.sleep(0)
    return n


async def main():
    print(await fetch())
    asyncio.run(fetch(2))


asyncio.run(main())
