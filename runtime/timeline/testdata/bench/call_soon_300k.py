# 300k call_soon callbacks: 1000 rounds, each callback of a round scheduling
# the next, 1000 callbacks per round.
import asyncio

N = 300_000
ROUND = 1000


def main():
    loop = asyncio.new_event_loop()
    count = 0

    def cb():
        nonlocal count
        count += 1
        if count % ROUND == 0 and count < N:
            for _ in range(ROUND):
                loop.call_soon(cb)
        elif count == N:
            loop.stop()

    for _ in range(ROUND):
        loop.call_soon(cb)
    loop.run_forever()
    loop.close()
    print(count)


main()
