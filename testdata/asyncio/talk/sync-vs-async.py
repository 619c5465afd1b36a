import asyncio

async def download(name):
    await asyncio.sleep(1)       # waiting for the network
    return name

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for name in ['a', 'b', 'c']:                 # one after another
        await download(name)
    print(f'sync:  {round(loop.time() - t0, 1)}s')
    t0 = loop.time()
    await asyncio.gather(*[download(name) for name in ['a', 'b', 'c']])
    print(f'async: {round(loop.time() - t0, 1)}s')

asyncio.run(main())
