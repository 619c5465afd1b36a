# A cancellation delivered at `await asyncio.sleep(0)` escapes asyncio.run:
# the traceback runs through CPython's sleep and its bare-yield __sleep0.
import asyncio

async def main():
    print("cancelling myself")
    asyncio.current_task().cancel("self")
    await asyncio.sleep(0)
    print("not reached")

asyncio.run(main())
