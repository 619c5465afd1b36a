# gather of gathers: nested results keep their structure.
import asyncio
async def val(x, d=0):
    await asyncio.sleep(d)
    return x
async def main():
    res = await asyncio.gather(asyncio.gather(val(1, 0.02), val(2)), val(3, 0.01), asyncio.gather())
    print(res)
asyncio.run(main())
