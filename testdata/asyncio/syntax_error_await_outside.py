# await outside an async function is a SyntaxError.
import asyncio
def not_async():
    await asyncio.sleep(1)
