# Semaphore limits concurrency to N; watch how many run at once.
import asyncio
running = 0
peak = 0
async def job(n, d, sem):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        print("start", n, "running", running)
        await asyncio.sleep(d)
        running -= 1
        print("end", n)
async def main():
    sem = asyncio.Semaphore(2)
    durations = [0.05, 0.01, 0.02, 0.015, 0.01]
    await asyncio.gather(*(job(i, d, sem) for i, d in enumerate(durations)))
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
