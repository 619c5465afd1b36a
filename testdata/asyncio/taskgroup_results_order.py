# TaskGroup fan-out: results collected by index regardless of finish order; names given.
import asyncio
async def score(name, d):
    await asyncio.sleep(d)
    print("scored", name)
    return len(name) * 10
async def main():
    names = ["kim", "alexandra", "bo", "jo-ann"]
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(score(n, 0.01 * (4 - i)), name=f"score-{n}") for i, n in enumerate(names)]
        print([t.get_name() for t in tasks])
    print(dict(zip(names, (t.result() for t in tasks))))
asyncio.run(main())
