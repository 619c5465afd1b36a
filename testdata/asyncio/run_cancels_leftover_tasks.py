# When main returns, asyncio.run cancels tasks that are still pending and waits for them.
import asyncio
async def background(name):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        await asyncio.sleep(0)
        print(name, "cleanup finished")
        raise
async def main():
    asyncio.create_task(background("bg"))
    await asyncio.sleep(0.025)
    print("main returns")
    return "main value"
print(asyncio.run(main()))
