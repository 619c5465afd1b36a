# Tasks sleeping different durations wake in deadline order.
import asyncio
async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke after", delay)
    return name
async def main():
    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in (("slow", 0.05), ("fast", 0.01), ("mid", 0.03))]
    results = [await t for t in tasks]
    print(results)
asyncio.run(main())
