import asyncio

async def worker(name, lock, done):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0.25)
    done.set()

async def main():
    lock = asyncio.Lock()
    done = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("a", lock, done), name="worker-a")
        tg.create_task(worker("b", lock, done), name="worker-b")
        await done.wait()
        print("one is done")
    print("all done")

asyncio.run(main())
