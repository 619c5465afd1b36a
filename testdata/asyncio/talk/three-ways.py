import asyncio
import sys
import threading
import time

jobs = [('a', 1.0), ('b', 0.6), ('c', 0.8)]   # edit the latencies

def download(name, seconds):
    time.sleep(seconds)                        # waiting for the network

async def download_async(name, seconds):
    await asyncio.sleep(seconds)               # waiting, without blocking

def synchronous():
    for name, seconds in jobs:
        download(name, seconds)

def with_threads():
    threads = [threading.Thread(target=download, args=job, name=job[0])
               for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

def asynchronous():
    async def main():
        await asyncio.gather(*[download_async(*job) for job in jobs])
    asyncio.run(main())

style = sys.argv[1] if len(sys.argv) > 1 else 'sync'
run = {'sync': synchronous, 'threads': with_threads, 'async': asynchronous}[style]
t0 = time.monotonic()
run()
print(f'{style}: {time.monotonic() - t0:.1f}s')
