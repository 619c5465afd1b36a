# asyncio.wait with timeout=0 returns immediately with what is already done.
import asyncio
async def main():
    done_task = asyncio.create_task(asyncio.sleep(0, "done"))
    slow_task = asyncio.create_task(asyncio.sleep(0.05, "slow"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    done, pending = await asyncio.wait([done_task, slow_task], timeout=0)
    print([t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(pending)
    print([t.result() for t in done], len(pending))
asyncio.run(main())
