import asyncio

async def download(name, seconds):
    print(f'start {name}')
    await asyncio.sleep(seconds)  # waiting: the loop runs the others meanwhile
    print(f'done {name}')

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(download('a', 1.0), download('b', 0.6),
                         download('c', 0.8))
    print(f'took {round(loop.time() - t0, 1)}s')

asyncio.run(main())
