# A Barrier can be used for several rounds; each round releases all parties together.
import asyncio
async def worker(name, barrier, rounds, log):
    for r in range(rounds):
        await asyncio.sleep(0.01 * (ord(name) - 64))
        log.append(f"{name}{r}")
        await barrier.wait()
        print(f"{name} passed round {r}")
async def main():
    b = asyncio.Barrier(3)
    log = []
    await asyncio.gather(*(worker(n, b, 2, log) for n in "ABC"))
    print(log)
    print(b.n_waiting, b.broken)
asyncio.run(main())
