# A task cancelled while waiting for a Lock leaves the queue; the next waiter gets it.
import asyncio
async def holder(lock):
    async with lock:
        print("holder has the lock")
        await asyncio.sleep(0.03)
    print("holder released")
async def waiter(name, lock):
    try:
        async with lock:
            print(name, "acquired")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise
async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter("w1", lock))
    w2 = asyncio.create_task(waiter("w2", lock))
    await asyncio.sleep(0.01)
    w1.cancel()
    await asyncio.gather(h, w1, w2, return_exceptions=True)
    print("locked at end:", lock.locked())
asyncio.run(main())
