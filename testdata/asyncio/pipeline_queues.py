# A three-stage pipeline connected by queues, with sentinels to shut down.
import asyncio
async def produce(out):
    for word in ["alpha", "beta", "gamma", "delta"]:
        await out.put(word)
        print("produced", word)
    await out.put(None)
async def transform(inp, out):
    while (w := await inp.get()) is not None:
        await asyncio.sleep(0.01)
        await out.put(w.upper())
        print("transformed", w)
    await out.put(None)
async def consume(inp, sink):
    while (w := await inp.get()) is not None:
        sink.append(w)
        print("consumed", w)
async def main():
    q1, q2 = asyncio.Queue(maxsize=1), asyncio.Queue(maxsize=1)
    sink = []
    await asyncio.gather(produce(q1), transform(q1, q2), consume(q2, sink))
    print(sink)
asyncio.run(main())
