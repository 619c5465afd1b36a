# Runner and asyncio.run misuse, caught and then uncaught: the errors name
# the lines of CPython's runners.py; a coroutine kept in a global until the
# program ends is reported at shutdown as "sys:1".
import asyncio


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


kept = add(0, 0)

with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)))
    try:
        runner.run(42)
    except ValueError as e:
        print('ValueError:', e)
try:
    runner.get_loop()
except RuntimeError as e:
    print('RuntimeError:', e)


async def nested():
    inner = asyncio.Runner()
    coro = asyncio.sleep(0)
    try:
        inner.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    inner.close()

asyncio.run(nested())
asyncio.run('not a coroutine')
