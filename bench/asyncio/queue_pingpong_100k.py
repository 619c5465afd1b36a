# 100k put/get round trips between two tasks over two queues.
import asyncio

N = 100_000


async def main():
    requests, replies = asyncio.Queue(), asyncio.Queue()

    async def ping():
        total = 0
        for i in range(N):
            await requests.put(i)
            total += await replies.get()
        return total

    async def pong():
        for _ in range(N):
            x = await requests.get()
            await replies.put(x + 1)

    total, _ = await asyncio.gather(ping(), pong())
    print(total)


asyncio.run(main())
