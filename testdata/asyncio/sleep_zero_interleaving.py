# sleep(0) yields exactly once: three tasks interleave step by step.
import asyncio
async def worker(name, steps):
    for i in range(steps):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")
async def main():
    tasks = [asyncio.create_task(worker(n, s)) for n, s in (("a", 3), ("b", 1), ("c", 2))]
    print("tasks created")
    await asyncio.sleep(0)
    print("main after one sleep(0)")
    for t in tasks:
        await t
    print("all done")
asyncio.run(main())
