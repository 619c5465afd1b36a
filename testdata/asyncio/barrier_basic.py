# Barrier: parties wait until all arrive; wait() returns an index; abort -> BrokenBarrierError.
import asyncio
async def party(name, barrier, d):
    await asyncio.sleep(d)
    print(name, "arrived, waiting:", barrier.n_waiting)
    idx = await barrier.wait()
    print(name, "passed")
    return idx
async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.broken)
    idxs = await asyncio.gather(party("a", b, 0.01), party("b", b, 0.02), party("c", b, 0.03))
    print(sorted(idxs))
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0.01)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError:
        print("BrokenBarrierError, broken:", b2.broken)
asyncio.run(main())
