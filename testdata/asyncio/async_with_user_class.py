# async with on a user class with __aenter__/__aexit__; exceptions and suppression.
import asyncio
class Connection:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("connecting", self.name)
        await asyncio.sleep(0.01)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("disconnecting", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress
    async def query(self, q):
        await asyncio.sleep(0)
        return f"{self.name}:{q}"
async def main():
    async with Connection("db") as c, Connection("cache") as d:
        print(await c.query("select"), await d.query("get"))
    async with Connection("tolerant", suppress=True):
        raise ValueError("ignored")
    try:
        async with Connection("strict"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", repr(e))
    try:
        async with object():
            pass
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
