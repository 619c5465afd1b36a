# iscoroutine / iscoroutinefunction and inspect-like checks.
import asyncio
async def coro_fn():
    return 1
def plain():
    return 1
def gen():
    yield
c = coro_fn()
print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain), asyncio.iscoroutinefunction(gen))
print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain()), asyncio.iscoroutine(gen()))
print(type(c).__name__, coro_fn.__name__, c.__name__, c.__qualname__)
c.close()
class Obj:
    async def method(self):
        pass
print(asyncio.iscoroutinefunction(Obj.method), asyncio.iscoroutinefunction(Obj().method))
print(asyncio.iscoroutinefunction(lambda: None))
