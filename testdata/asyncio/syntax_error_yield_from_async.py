# 'yield from' is not allowed inside an async function.
async def f():
    yield from [1, 2]
