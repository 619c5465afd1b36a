# BoundedSemaphore raises ValueError when released too many times.
import asyncio
async def main():
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Semaphore(1)
    plain.release()
    print("plain semaphore allows it; two acquires:", await plain.acquire(), await plain.acquire(), plain.locked())
asyncio.run(main())
