import asyncio

class AsyncIterable:
    def __init__(self, chunks):
        self.chunks = list(chunks)

    def __aiter__(self):
        return self

    async def __anext__(self):
        data = await self.receive()
        if data:
            return data
        else:
            raise StopAsyncIteration

    async def receive(self):     # pretend network: a chunk every 0.1s
        await asyncio.sleep(0.1)
        return self.chunks.pop(0) if self.chunks else None

async def main():
    async for data in AsyncIterable(['spam', 'ham', 'eggs']):
        print(data)

asyncio.run(main())
