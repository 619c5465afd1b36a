# Lock: mutual exclusion, locked(), FIFO acquisition, release errors.
import asyncio
async def critical(name, lock):
    print(name, "waiting")
    async with lock:
        print(name, "acquired")
        await asyncio.sleep(0.01)
        print(name, "releasing")
async def main():
    lock = asyncio.Lock()
    print("locked?", lock.locked())
    await asyncio.gather(*(critical(n, lock) for n in "abc"))
    await lock.acquire()
    print("locked?", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())
