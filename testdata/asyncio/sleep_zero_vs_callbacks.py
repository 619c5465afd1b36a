# sleep(0) lets every ready handle run once before the task resumes.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_soon(print, "cb", i)
    print("before sleep(0)")
    await asyncio.sleep(0)
    print("after sleep(0)")
    loop.call_later(0, print, "call_later(0)")
    loop.call_soon(print, "call_soon")
    await asyncio.sleep(0)
    print("after second sleep(0)")
    await asyncio.sleep(0)
    print("after third sleep(0)")
asyncio.run(main())
