# asyncio.Runner runs several coroutines on one loop.
import asyncio
async def step(n):
    await asyncio.sleep(0.01)
    return n * 2
with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
print(loop.is_closed())
runner = asyncio.Runner()
print(runner.run(step(5)))
runner.close()
coro = step(6)
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
