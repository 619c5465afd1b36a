# 100k tasks pending at once on one Event, then released together.
import asyncio

N = 100_000


async def main():
    event = asyncio.Event()
    done = 0

    async def waiter():
        nonlocal done
        await event.wait()
        done += 1

    tasks = [asyncio.create_task(waiter()) for _ in range(N)]
    await asyncio.sleep(0)
    event.set()
    await asyncio.gather(*tasks)
    print(done)


asyncio.run(main())
