# Chaining futures by callbacks: each future's callback resolves the next.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(4)]
    for a, b in zip(futs, futs[1:]):
        a.add_done_callback(lambda f, nxt=b: (print("resolve next with", f.result() + 1), nxt.set_result(f.result() + 1)))
    futs[0].set_result(0)
    print("final:", await futs[-1])
asyncio.run(main())
