# The talk's async context manager and async iterable classes, completed and run together.
import asyncio
async def log(msg):
    await asyncio.sleep(0)
    print(msg)
class AsyncContextManager:
    async def __aenter__(self):
        await log("entering context")
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await log("exiting context")
class AsyncIterable:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def __aiter__(self):
        return self
    async def fetch_data(self):
        await asyncio.sleep(0.01)
        return self.chunks.pop(0) if self.chunks else None
    async def __anext__(self):
        data = await self.fetch_data()
        if data:
            return data
        else:
            raise StopAsyncIteration
async def main():
    async with AsyncContextManager() as cm:
        await log(f"inside, got {type(cm).__name__}")
        async for chunk in AsyncIterable(["alpha", "beta", "gamma"]):
            await log(f"chunk {chunk}")
asyncio.run(main())
