# A task whose exception nobody retrieves is reported on stderr when it is destroyed.
import asyncio
async def fails():
    raise ValueError("nobody looked at me")
async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    del t
    print("main returns")
asyncio.run(main())
print("after run")
