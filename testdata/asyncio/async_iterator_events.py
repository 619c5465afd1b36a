# An async iterator that yields events from a queue until closed, consumed with async for.
import asyncio
class EventStream:
    _DONE = object()
    def __init__(self):
        self.q = asyncio.Queue()
    def emit(self, ev):
        self.q.put_nowait(ev)
    def close(self):
        self.q.put_nowait(self._DONE)
    def __aiter__(self):
        return self
    async def __anext__(self):
        ev = await self.q.get()
        if ev is self._DONE:
            raise StopAsyncIteration
        return ev
async def source(stream):
    for ev in ("click", "scroll", "keypress"):
        await asyncio.sleep(0.01)
        stream.emit(ev)
        print("emitted", ev)
    stream.close()
async def main():
    stream = EventStream()
    asyncio.create_task(source(stream))
    seen = [ev async for ev in stream]
    print(seen)
asyncio.run(main())
