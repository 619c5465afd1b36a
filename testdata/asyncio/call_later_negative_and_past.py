# call_later with a negative delay and call_at in the past run on the next iteration, after call_soon.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(-1, print, "call_later(-1)")
    loop.call_at(loop.time() - 5, print, "call_at(past)")
    loop.call_soon(print, "call_soon")
    await asyncio.sleep(-3)
    print("after sleep(-3)")
    await asyncio.sleep(0)
    print("after sleep(0)")
asyncio.run(main())
