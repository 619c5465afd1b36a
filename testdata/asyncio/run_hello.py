# asyncio.run runs a coroutine to completion and returns its result.
import asyncio
async def main():
    print("hello")
    await asyncio.sleep(0.01)
    print("world")
    return 42
result = asyncio.run(main())
print("result", result)
