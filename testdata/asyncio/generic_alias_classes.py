# asyncio's queues, Future and Task are generic in annotations:
# asyncio.Queue[int] is a types.GenericAlias, evaluated at module level.
import asyncio

results: asyncio.Queue[int]

async def produce(q: asyncio.Queue[int]) -> None:
    for i in range(3):
        await q.put(i)

def on_done(t: asyncio.Task[None]) -> None:
    print("done", t.get_name())

async def main():
    q: asyncio.Queue[int] = asyncio.Queue()
    t = asyncio.create_task(produce(q), name="producer")
    t.add_done_callback(on_done)
    await t
    print([q.get_nowait() for _ in range(q.qsize())])

print(asyncio.Queue[int], asyncio.LifoQueue[str], asyncio.PriorityQueue[tuple[int, str]])
print(asyncio.Future[str], asyncio.Task[None])
print(type(asyncio.Queue[int]).__name__, asyncio.Queue[int].__origin__ is asyncio.Queue)
print(__annotations__)
asyncio.run(main())
