# Dining philosophers with ordered lock acquisition (no deadlock).
import asyncio
async def philosopher(i, forks, meals, log):
    left, right = sorted((i, (i + 1) % len(forks)))
    for _ in range(meals):
        async with forks[left]:
            async with forks[right]:
                log.append(i)
                print(f"philosopher {i} eats")
                await asyncio.sleep(0.01)
        await asyncio.sleep(0)
async def main():
    forks = [asyncio.Lock() for _ in range(4)]
    log = []
    await asyncio.gather(*(philosopher(i, forks, 2, log) for i in range(4)))
    print("meals:", sorted(log))
asyncio.run(main())
