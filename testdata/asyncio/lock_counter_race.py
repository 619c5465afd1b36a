# A read-modify-write with an await in between loses updates without a lock.
import asyncio
counter = 0
async def unsafe_inc():
    global counter
    v = counter
    await asyncio.sleep(0)
    counter = v + 1
async def safe_inc(lock):
    global counter
    async with lock:
        v = counter
        await asyncio.sleep(0)
        counter = v + 1
async def main():
    global counter
    await asyncio.gather(*(unsafe_inc() for _ in range(10)))
    print("without lock:", counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_inc(lock) for _ in range(10)))
    print("with lock:", counter)
asyncio.run(main())
