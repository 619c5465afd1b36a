# An exception raised in __aexit__ replaces the body's exception and chains it as context.
import asyncio
class Flaky:
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        raise RuntimeError(f"aexit failed (body raised {et.__name__ if et else None})")
async def main():
    for body_fails in (False, True):
        try:
            async with Flaky():
                if body_fails:
                    raise ValueError("body")
        except RuntimeError as e:
            print("RuntimeError:", e, "| context:", repr(e.__context__))
asyncio.run(main())
