# call_soon callbacks run FIFO, after the current callback; arguments are passed through.
import asyncio
def cb(name, *args):
    print("callback", name, args)
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "first")
    loop.call_soon(cb, "second", 1, 2)
    loop.call_soon(lambda: loop.call_soon(cb, "scheduled by a callback"))
    loop.call_soon(cb, "third")
    print("scheduled four")
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(0)
    print("after second sleep(0)")
asyncio.run(main())
