# Many coroutines never awaited, held by a global list until shutdown, and
# many more dropped while a loop runs: each warning location is shown once.
import asyncio


async def job(i):
    return i


pending = [job(i) for i in range(20_000)]


async def main():
    for i in range(20_000):
        job(i)
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("module done", len(pending))
