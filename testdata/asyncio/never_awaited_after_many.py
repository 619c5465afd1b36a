# Coroutines that ran leave the never-awaited list as it fills up; the ones
# never started stay in it, each loop still reports only the coroutines made
# while it ran, and one made before any loop is reported at shutdown.
import asyncio


async def job(i):
    return i


async def forgotten(tag):
    print("never printed", tag)


early = forgotten("early")


async def main(n):
    total = 0
    for i in range(n):
        total += await job(i)
    forgotten("in main")
    for i in range(n):
        total += await job(i)
    return total


print(asyncio.run(main(5000)))
print(asyncio.run(main(3)))
late = [forgotten(i) for i in range(3)]
print(asyncio.run(main(70000)))
print("done", len(late))
