# Queue.join waits until task_done was called for every item; several workers.
import asyncio
async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(item / 100)
        log.append((name, item))
        print(name, "processed", item)
        q.task_done()
async def main():
    q = asyncio.Queue()
    for item in [3, 1, 2, 1, 4]:
        q.put_nowait(item)
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    print("all items processed:", len(log))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
asyncio.run(main())
