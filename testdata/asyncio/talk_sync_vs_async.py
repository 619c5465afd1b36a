# The core idea of the talk: three "downloads" run one after another vs concurrently.
import asyncio
import time
def download_sync(name, seconds):
    time.sleep(seconds)
    return name
async def download(name, seconds):
    await asyncio.sleep(seconds)
    return name
def run_sync():
    start = time.perf_counter()
    results = [download_sync(n, s) for n, s in (("a", 0.03), ("b", 0.02), ("c", 0.01))]
    return results, round(time.perf_counter() - start, 2) >= 0.06
async def run_async():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(download("a", 0.03), download("b", 0.02), download("c", 0.01))
    return results, round(loop.time() - start, 2)
print("sync:", run_sync())
print("async:", asyncio.run(run_async()))
