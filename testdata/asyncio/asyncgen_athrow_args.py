# athrow() reads its arguments when first awaited, as CPython 3.11 does:
# creating the awaitable never fails; a wrong type fails the await and
# leaves the generator usable; a wrong count fails it and leaves the
# generator marked running (later athrow/aclose say "already running").
import asyncio


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")


kept = []  # keeps the stuck generator alive until asyncio.run's shutdown


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(
        lambda loop, ctx: print("handler:", ctx["message"].split(" <")[0], "|", type(ctx["exception"]).__name__, ctx["exception"]))
    g = agen()
    kept.append(g)
    print(await g.asend(None))
    aw = g.athrow(1)
    print("made", type(aw).__name__)
    try:
        await aw
    except TypeError as e:
        print("TypeError:", e)
    print(await g.asend(None))
    for args in [(), (ValueError, None, None, 4)]:
        aw = g.athrow(*args)
        try:
            await aw
        except BaseException as e:
            print(len(args), type(e).__name__, e)
    try:
        await g.athrow(ValueError("x"))
    except RuntimeError as e:
        print("after:", e)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("aclose:", e)

    def gen():
        yield 1
    it = gen()
    next(it)
    for args in [(), (ValueError, None, None, 4)]:
        try:
            it.throw(*args)
        except TypeError as e:
            print("throw:", e)
    try:
        it.throw(ValueError, ValueError("v"), None)
    except ValueError as e:
        print("throw ValueError:", e)


asyncio.run(main())
print("done")
