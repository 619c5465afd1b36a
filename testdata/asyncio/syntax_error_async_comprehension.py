# An async comprehension outside an async function is a SyntaxError.
async def agen():
    yield 1
def sync():
    return [x async for x in agen()]
