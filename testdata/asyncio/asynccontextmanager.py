# contextlib.asynccontextmanager and AsyncExitStack.
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack
@asynccontextmanager
async def opened(name):
    print("open", name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        print("close", name)
async def main():
    async with opened("a") as a:
        print("using", a)
    try:
        async with opened("b"):
            raise RuntimeError("inside")
    except RuntimeError as e:
        print("propagated", e)
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(opened(n)) for n in ("x", "y")]
        print("stack holds", names)
asyncio.run(main())
