# Nested asyncio.timeout blocks: the inner one expires first and is handled inside.
import asyncio
async def main():
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout handled")
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer timeout handled")
    async with asyncio.timeout(0.05) as outer:
        async with asyncio.timeout(0.01) as inner:
            await asyncio.sleep(0)
    print("no expiry:", outer.expired(), inner.expired())
asyncio.run(main())
