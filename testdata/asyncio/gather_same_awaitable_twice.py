# gather with the same coroutine object twice wraps it once and reports its result twice.
import asyncio
calls = 0
async def once():
    global calls
    calls += 1
    await asyncio.sleep(0)
    return "value"
async def main():
    c = once()
    print(await asyncio.gather(c, c, once()), "calls:", calls)
asyncio.run(main())
