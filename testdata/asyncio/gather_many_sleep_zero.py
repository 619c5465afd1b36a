# Many tasks each yielding with sleep(0): round-robin in creation order.
import asyncio
order = []
async def spin(i, rounds):
    for r in range(rounds):
        order.append((r, i))
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(*(spin(i, 3) for i in range(5)))
    print(order == sorted(order), len(order))
    print(order[:7])
asyncio.run(main())
