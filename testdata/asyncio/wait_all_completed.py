# asyncio.wait with ALL_COMPLETED (default) and with a timeout.
import asyncio
async def job(d):
    await asyncio.sleep(d)
    return d
async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.03, 0.01, 0.02)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    tasks = [asyncio.create_task(job(d)) for d in (0.01, 0.5)]
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print("after timeout:", [t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print([t.cancelled() for t in tasks])
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
asyncio.run(main())
