# Where a throw() into a suspended generator is reported: at the yield.
import sys


def g2():
    yield 1
    yield 2


def show(body):
    def run():
        try:
            g.throw(ValueError('x'))
        except ValueError as e:
            tb = e.__traceback__
            while tb.tb_next:
                tb = tb.tb_next
            print(body.__name__, '-> line', tb.tb_lineno)
    g = body()
    next(g)
    run()


def assign():
    job = yield
def expr():
    y = (yield 5) + 1
def nested():
    z = [(yield)]
def delegate():
    x = yield from g2()


for body in (assign, expr, nested, delegate):
    show(body)


def worker():
    try:
        x = yield 1
    except KeyError:
        print('handled')
        yield 2


g = worker()
try:
    g.throw(ValueError('unstarted'))
except ValueError as e:
    print('unstarted', e)
g = worker()
next(g)
print(g.throw(KeyError('k')))


def pipeline():
    total = 0
    while True:
        total += (yield total)


p = pipeline()
next(p)
p.send(1)
p.throw(RuntimeError('stop'))
