# A decorator that works for both plain and async functions, as asyncio
# code often writes it with inspect.
import asyncio
import functools
import inspect


def logged(func):
    if inspect.iscoroutinefunction(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            bound = inspect.signature(func).bind(*args, **kwargs)
            bound.apply_defaults()
            print('calling', func.__name__, dict(bound.arguments))
            return await func(*args, **kwargs)
    else:
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            print('calling', func.__name__, inspect.signature(func).bind(*args, **kwargs))
            return func(*args, **kwargs)
    return wrapper


@logged
async def fetch(url: str, *, timeout: float = 1.0) -> str:
    await asyncio.sleep(timeout)
    return url.upper()


@logged
def parse(text, sep=','):
    return text.split(sep)


async def main():
    print(inspect.iscoroutinefunction(fetch), inspect.signature(fetch))
    coro = fetch('a', timeout=0.5)
    print(inspect.iscoroutine(coro), inspect.isawaitable(coro))
    print(await coro)
    print(parse('x,y'))
    task = asyncio.create_task(fetch('b'))
    print(inspect.isawaitable(task), inspect.iscoroutine(task))
    print(await task)
    try:
        await fetch()
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
