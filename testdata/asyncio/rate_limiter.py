# A token-bucket rate limiter built from a Semaphore and call_later refills.
import asyncio
class RateLimiter:
    def __init__(self, rate, per):
        self.sem = asyncio.Semaphore(rate)
        self.per = per
    async def __aenter__(self):
        await self.sem.acquire()
    async def __aexit__(self, *exc):
        asyncio.get_running_loop().call_later(self.per, self.sem.release)
async def request(i, limiter, loop, t0):
    async with limiter:
        print(f"request {i} at {round(loop.time() - t0, 2)}")
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    limiter = RateLimiter(2, 0.05)
    await asyncio.gather(*(request(i, limiter, loop, t0) for i in range(6)))
asyncio.run(main())
