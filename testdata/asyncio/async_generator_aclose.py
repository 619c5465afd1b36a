# Breaking out of async for does not close the generator; aclose runs its finally.
import asyncio
async def resource():
    print("open")
    try:
        for i in range(10):
            yield i
    finally:
        print("close")
async def main():
    gen = resource()
    async for x in gen:
        if x == 2:
            break
    print("loop broken, now aclose")
    await gen.aclose()
    print("closed")
    async def bad():
        try:
            yield 1
        finally:
            yield 2
    b = bad()
    await anext(b)
    try:
        await b.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())
