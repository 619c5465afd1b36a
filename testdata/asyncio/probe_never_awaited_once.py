# CPython shows a never-awaited warning once per source line, however many
# coroutines created there are dropped, across loops too.
import asyncio

async def fetch(i):
    print('fetching', i)

async def main():
    for i in range(3):
        fetch(i)
    print('loop done')
    fetch(9)
    await asyncio.sleep(0)

asyncio.run(main())
for i in range(2):
    asyncio.run(main())
