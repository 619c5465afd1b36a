import asyncio

async def answer(question, seconds):
    await asyncio.sleep(seconds)
    print(f'{question}: answered after {seconds}s')

async def main():
    await asyncio.gather(answer('first question', 2), answer('second', 1))

asyncio.run(main())
