# Semaphore limits concurrency to N; watch how many run at once.
import asyncio
running = 0
peak = 0
async def job(n, sem):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        print("start", n, "running", running)
        await asyncio.sleep(0.01)
        running -= 1
        print("end", n)
async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(i, sem) for i in range(5)))
    print("peak concurrency", peak, "locked?", sem.locked())
    s0 = asyncio.Semaphore(0)
    print("zero semaphore locked?", s0.locked())
    s0.release()
    print(await s0.acquire())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
asyncio.run(main())
