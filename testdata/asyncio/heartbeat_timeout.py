# A periodic heartbeat task stopped by cancellation after a fixed time.
import asyncio
async def heartbeat(interval, loop, t0):
    n = 0
    try:
        while True:
            n += 1
            print(f"beat {n} at {round(loop.time() - t0, 2)}")
            await asyncio.sleep(interval)
    except asyncio.CancelledError:
        print("heartbeat stopped after", n, "beats")
        raise
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    hb = asyncio.create_task(heartbeat(0.02, loop, t0))
    await asyncio.sleep(0.07)
    hb.cancel()
    await asyncio.gather(hb, return_exceptions=True)
asyncio.run(main())
