import asyncio

async def log(message):
    await asyncio.sleep(0.1)     # say, writing to a remote log service
    print(message)

class AsyncContextManager:
    async def __aenter__(self):
        await log('entering context')

    async def __aexit__(self, exc_type, exc, tb):
        await log('exiting context')

async def main():
    async with AsyncContextManager():
        await log('inside the block')

asyncio.run(main())
