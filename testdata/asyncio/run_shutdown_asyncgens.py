# asyncio.run finalizes async generators left suspended (their finally blocks run at shutdown).
import asyncio
async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("numbers finalized")
async def main():
    gen = numbers()
    async for n in gen:
        print("got", n)
        if n == 1:
            break
    print("main done, generator still suspended")
asyncio.run(main())
print("after run")
