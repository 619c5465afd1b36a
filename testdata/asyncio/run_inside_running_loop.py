# asyncio.run cannot be called from a running event loop.
import asyncio
async def inner():
    return 1
async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("awaiting the same coroutine instead:", await coro)
asyncio.run(main())
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
