# A PriorityQueue is heapq over a list: an item whose __lt__ puts another
# item while the heap sifts makes heappush raise, as it does on any list.
import asyncio


class Item:
    def __init__(self, v, q=None):
        self.v, self.q = v, q

    def __lt__(self, other):
        if self.q is not None:
            q, self.q = self.q, None
            q.put_nowait(Item(0))
        return self.v < other.v

    def __repr__(self):
        return f"Item({self.v})"


async def main():
    q = asyncio.PriorityQueue()
    for v in [5, 3, 8, 1, 9, 2, 7]:
        await q.put((v, str(v)))
    print([q.get_nowait() for _ in range(q.qsize())])

    q = asyncio.PriorityQueue()
    q.put_nowait(Item(1))
    q.put_nowait(Item(2))
    try:
        q.put_nowait(Item(99, q))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(q.qsize(), sorted(q._queue, key=lambda i: i.v))


asyncio.run(main())
