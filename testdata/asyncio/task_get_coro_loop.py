# Task.get_coro, Future.get_loop, Task.get_stack length, coroutine names and qualnames.
import asyncio
class Service:
    async def run(self):
        await asyncio.sleep(0)
        return "ran"
async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(Service().run())
    coro = t.get_coro()
    print(coro.__name__, coro.__qualname__, t.get_loop() is loop)
    print(await t)
    f = loop.create_future()
    print(f.get_loop() is loop)
    f.cancel()
asyncio.run(main())
