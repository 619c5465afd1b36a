# Tasks spawning tasks: a recursive fan-out that sums a tree of numbers.
import asyncio
TREE = (1, [(2, [(4, []), (5, [])]), (3, [(6, [(7, [])])])])
async def total(node, depth=0):
    value, children = node
    print("  " * depth + f"visit {value}")
    await asyncio.sleep(0)
    subtasks = [asyncio.create_task(total(c, depth + 1)) for c in children]
    results = await asyncio.gather(*subtasks)
    return value + sum(results)
async def main():
    print("sum =", await total(TREE))
    print("tasks left:", len(asyncio.all_tasks()))
asyncio.run(main())
