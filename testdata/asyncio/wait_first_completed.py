# asyncio.wait with FIRST_COMPLETED returns as soon as one task finishes.
import asyncio
async def job(name, d):
    await asyncio.sleep(d)
    return name
async def main():
    tasks = {asyncio.create_task(job(n, d), name=n) for n, d in (("a", 0.05), ("b", 0.01), ("c", 0.03))}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done), "pending:", sorted(t.get_name() for t in pending))
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        print("next:", sorted(t.result() for t in done))
asyncio.run(main())
