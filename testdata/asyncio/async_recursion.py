# Recursive coroutines: awaiting itself runs in the same task, depth limited only by recursion.
import asyncio
async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)
async def countdown(n):
    if n == 0:
        return "liftoff"
    if n % 100 == 0:
        await asyncio.sleep(0)
    return await countdown(n - 1)
async def main():
    print([await fib(i) for i in range(15)])
    print(await countdown(300))
asyncio.run(main())
