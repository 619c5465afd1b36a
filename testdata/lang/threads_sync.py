import threading
import time

t0 = time.monotonic()


def now():
    return round(time.monotonic() - t0, 1)


def restart():
    global t0
    t0 = time.monotonic()


# Condition: consumers wait their turn; notify wakes them in the order
# they began waiting.
cond = threading.Condition()
items = []
order = []


def consumer(name, delay):
    time.sleep(delay)
    with cond:
        cond.wait_for(lambda: items)
        order.append((name, items.pop(0)))


cs = [threading.Thread(target=consumer, args=(n, d)) for n, d in [('c1', 0.1), ('c2', 0.2), ('c3', 0.3)]]
for c in cs:
    c.start()
time.sleep(0.5)
for item in 'xyz':
    with cond:
        items.append(item)
        cond.notify()
    time.sleep(0.1)
for c in cs:
    c.join()
print('condition', order, now())

restart()
# Event: waiters block until one thread sets it; a timeout ends a wait.
ev = threading.Event()
woken = []


def waiter(name, timeout):
    got = ev.wait(timeout)
    woken.append((name, got, now()))


ws = [threading.Thread(target=waiter, args=(n, t)) for n, t in [('w1', None), ('w2', 0.2), ('w3', 5)]]
for w in ws:
    w.start()
threading.Timer(0.4, ev.set).start()
for w in ws:
    w.join()
print('event', sorted(woken), now())

restart()
# Barrier: the last to arrive runs the action and releases them all.
arrived = []
barrier = threading.Barrier(3, action=lambda: arrived.append(('action', now())))


def runner(name, delay):
    time.sleep(delay)
    index = barrier.wait()
    arrived.append((name, index, now()))


rs = [threading.Thread(target=runner, args=(n, d)) for n, d in [('r1', 0.3), ('r2', 0.1), ('r3', 0.2)]]
for r in rs:
    r.start()
for r in rs:
    r.join()
print('barrier', sorted(arrived, key=str))

restart()
# A Barrier wait that times out breaks it for everyone.
b = threading.Barrier(2)
try:
    b.wait(timeout=0.1)
except threading.BrokenBarrierError:
    print('broken barrier', b.broken, now())

restart()
# Semaphore: at most two at a time.
sem = threading.Semaphore(2)
active = 0
peak = 0
mutex = threading.Lock()


def limited(i):
    global active, peak
    with sem:
        with mutex:
            active += 1
            peak = max(peak, active)
        time.sleep(0.1)
        with mutex:
            active -= 1


ls = [threading.Thread(target=limited, args=(i,)) for i in range(5)]
start = now()
for t in ls:
    t.start()
for t in ls:
    t.join()
print('semaphore peak', peak, round(now() - start, 1))

restart()
# Lock: threads queue up behind the main thread's lock.
lock = threading.Lock()
log = []


def taker(name, delay):
    time.sleep(delay)
    with lock:
        log.append((name, now()))
        time.sleep(0.1)


lock.acquire()
ts = [threading.Thread(target=taker, args=(n, d)) for n, d in [('a', 0.1), ('b', 0.2)]]
for t in ts:
    t.start()
time.sleep(0.5)
lock.release()
for t in ts:
    t.join()
print('lock', [n for n, _ in log], log[0][1], log[1][1])

# RLock: the owner may take it again.
rlock = threading.RLock()


def outer():
    with rlock:
        return inner()


def inner():
    with rlock:
        return 'reentered'


print(outer())

restart()
# Timer: cancelled before it fires, or firing after its interval.
fired = []
t1 = threading.Timer(0.2, fired.append, args=('cancelled',))
t2 = threading.Timer(0.1, lambda: fired.append(('fired', now())))
t1.start()
t2.start()
t1.cancel()
t1.join()
t2.join()
print('timers', fired, t1.is_alive(), t2.is_alive())

restart()
# join with a timeout returns while the thread still runs.
slow = threading.Thread(target=time.sleep, args=(0.3,))
slow.start()
slow.join(0.1)
print('after join(0.1)', slow.is_alive())
slow.join()
print('after join()', slow.is_alive(), now())
