# A pipeline of async generators: source -> filter -> map -> batch.
import asyncio
async def source(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def only_odd(agen):
    async for x in agen:
        if x % 2:
            yield x
async def squared(agen):
    async for x in agen:
        yield x * x
async def batched(agen, size):
    batch = []
    async for x in agen:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
async def main():
    async for b in batched(squared(only_odd(source(12))), 4):
        print(b)
asyncio.run(main())
