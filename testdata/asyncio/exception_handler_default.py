# An exception in a call_soon callback goes to the default exception handler (stderr); the loop continues.
import asyncio
def bad_callback():
    raise RuntimeError("callback failed")
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0.01)
    print("main finishes")
asyncio.run(main())
