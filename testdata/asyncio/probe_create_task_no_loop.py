# A classic slip: create_task() at module level, with no loop running. The
# traceback goes through CPython's create_task, and the coroutine, held by
# that traceback, is reported at shutdown.
import asyncio


async def fetch():
    await asyncio.sleep(0.01)
    return 'data'


print('scheduling')
task = asyncio.create_task(fetch())
print('not reached')
