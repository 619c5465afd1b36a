# Subclasses of Task and Future make instances of themselves, which the
# loop runs like any task and which repr with the subclass's name.
import asyncio

class TracedTask(asyncio.Task):
    def describe(self):
        return f"{type(self).__name__}:{self.get_name()}"

class Box(asyncio.Future):
    pass

async def work(n):
    await asyncio.sleep(0.01 * n)
    return n * 10

async def main():
    loop = asyncio.get_running_loop()
    t = TracedTask(work(1), loop=loop, name="traced")
    print(type(t).__name__, isinstance(t, asyncio.Task), t.describe())
    print(await t)
    print(t)
    b = Box()
    loop.call_soon(b.set_result, "boxed")
    print(await b, type(b).__name__, b)
    print(await asyncio.gather(TracedTask(work(2)), work(1)))

asyncio.run(main())
