# athrow handled inside the async generator yields the next value; aclose of an unstarted generator.
import asyncio
async def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("generator handled", e)
            n = 100
async def main():
    g = resilient()
    print(await anext(g), await anext(g))
    print(await g.athrow(ValueError("reset")))
    print(await anext(g))
    await g.aclose()
    unstarted = resilient()
    await unstarted.aclose()
    try:
        await anext(unstarted)
    except StopAsyncIteration:
        print("closed before start -> StopAsyncIteration")
asyncio.run(main())
