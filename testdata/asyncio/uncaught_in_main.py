# An exception escaping the main coroutine propagates out of asyncio.run (exit status 1).
import asyncio
async def helper():
    await asyncio.sleep(0.01)
    raise ValueError("main failed")
async def main():
    print("main starts")
    await helper()
asyncio.run(main())
