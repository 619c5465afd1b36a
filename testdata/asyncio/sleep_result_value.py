# asyncio.sleep returns its result argument.
import asyncio
async def main():
    v = await asyncio.sleep(0, result="zero")
    w = await asyncio.sleep(0.01, "later")
    n = await asyncio.sleep(0)
    print(v, w, n)
asyncio.run(main())
