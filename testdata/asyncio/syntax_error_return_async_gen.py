# 'return' with a value in an async generator is a SyntaxError.
async def gen():
    yield 1
    return 2
