# run_until_complete with a coroutine, a task and a future.
import asyncio
async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(add(1, 2)))
task = loop.create_task(add(3, 4))
print(loop.run_until_complete(task), task.done())
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "future value")
print(loop.run_until_complete(fut))
async def boom():
    raise ValueError("from coroutine")
try:
    loop.run_until_complete(boom())
except ValueError as e:
    print("ValueError:", e)
loop.close()
coro = add(1, 1)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
