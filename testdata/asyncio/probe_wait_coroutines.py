# asyncio.wait() refuses coroutines in 3.11; the coroutine in the list is
# still referenced by the traceback, so it is reported only at shutdown.
import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (2, 1)]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), pending)
    done, pending = await asyncio.wait([job(3)])


asyncio.run(main())
