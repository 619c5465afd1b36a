# Timers with equal deadlines come out in heapq order, not FIFO.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.02
    for name in "ABCDEFGH":
        loop.call_at(when, print, name)
    await asyncio.sleep(0.05)
    when = loop.time() + 0.01
    for i in range(12):
        loop.call_at(when, print, "t", i)
    await asyncio.sleep(0.03)
asyncio.run(main())
