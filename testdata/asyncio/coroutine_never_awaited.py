# A coroutine that is created but never awaited triggers a RuntimeWarning on stderr.
import asyncio
async def forgotten():
    print("never runs")
async def main():
    forgotten()
    print("main continues")
asyncio.run(main())
print("end")
