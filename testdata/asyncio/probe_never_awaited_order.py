# A forgotten await is reported where CPython's garbage collector reports it:
# before the loop's own messages at close (here "Task exception was never
# retrieved"), and not for coroutines made before the loop that run later.
import asyncio
import sys


async def fetch(i):
    await asyncio.sleep(0.01)
    return i


async def boom():
    raise ValueError('boom')


async def main():
    fetch(0)
    asyncio.sleep(0.5)
    asyncio.create_task(boom())
    await asyncio.sleep(0)
    print('main end')


asyncio.run(main())
print('after first run', file=sys.stderr)

jobs = [fetch(i) for i in range(3)]
for job in jobs:
    print('ran', asyncio.run(job))
print('end', file=sys.stderr)
