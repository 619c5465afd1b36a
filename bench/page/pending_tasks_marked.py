# bench/asyncio/pending_tasks_100k.py with two input() calls as measuring
# points: the first once the loop runs and before any task exists, the
# second while all 100k tasks wait on the Event. bench/page/memory.py
# answers them with the live memory after a collection under CPython and
# Pyodide, runtime/modules/asyncio's BenchmarkPendingTaskMemory with the
# live Go heap after a GC: one program, the same points on every side.
import asyncio

N = 100_000


async def main():
    event = asyncio.Event()
    done = 0

    async def waiter():
        nonlocal done
        await event.wait()
        done += 1

    input()
    tasks = [asyncio.create_task(waiter()) for _ in range(N)]
    await asyncio.sleep(0)
    input()
    event.set()
    await asyncio.gather(*tasks)
    print(done)


asyncio.run(main())
