# Errors CPython raises for misusing await.
import asyncio
async def value():
    return 1
async def main():
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        await [1, 2]
    except TypeError as e:
        print("TypeError:", e)
    c = value()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    class BadAwait:
        def __await__(self):
            return 42
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task(value)
    except TypeError as e:
        print("TypeError:", str(e).split(" <")[0])
    try:
        await asyncio.gather(5)
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
