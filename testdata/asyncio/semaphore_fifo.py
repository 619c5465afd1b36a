# Semaphore waiters are served in FIFO order.
import asyncio
async def user(name, sem, order):
    async with sem:
        order.append(name)
        await asyncio.sleep(0.01)
async def main():
    sem = asyncio.Semaphore(1)
    order = []
    await asyncio.gather(*(user(n, sem, order) for n in "ABCDE"))
    print(order)
asyncio.run(main())
