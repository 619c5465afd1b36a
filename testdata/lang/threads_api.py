import functools
import re
import sys
import threading
import time


def clean(r):
    r = re.sub(r'0x[0-9a-f]+', '0x?', r)
    return re.sub(r'owner=\d+', 'owner=?', r)


def work(n):
    time.sleep(0.01 * n)


# Names: a counter for unnamed threads, the target's name appended.
t1 = threading.Thread(target=work, args=(20,))
t2 = threading.Thread(target=functools.partial(work, 1))
t3 = threading.Thread(target=work, name='explicit', args=(1,))
t4 = threading.Thread()
timer = threading.Timer(1.0, print)


class Sub(threading.Thread):
    def run(self):
        pass


s = Sub()
print([t.name for t in (t1, t2, t3, t4, timer, s)])
print(repr(t1), repr(timer))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(repr(threading.main_thread()).replace(str(threading.get_ident()), 'IDENT'))
t1.start()
print(repr(t1).replace(str(t1.ident), 'IDENT'), t1.is_alive(), type(t1.ident).__name__, type(t1.native_id).__name__)
print(sorted(t.name for t in threading.enumerate()), threading.active_count())
t1.join()
print(repr(t1).replace(str(t1.ident), 'IDENT'), t1.is_alive())
d = threading.Thread(target=work, args=(1,), daemon=True)
print(repr(d), d.daemon, d.isDaemon())
d.start()
print(repr(d).replace(str(d.ident), 'IDENT'))
d.join()

# Errors.
for what, f in [
    ('start twice', t1.start),
    ('join unstarted', t4.join),
    ('join self', lambda: threading.current_thread().join()),
    ('daemon after start', lambda: setattr(t1, 'daemon', True)),
    ('release unlocked', threading.Lock().release),
    ('release RLock', threading.RLock().release),
    ('timeout nonblocking', lambda: threading.Lock().acquire(False, 1)),
    ('negative timeout', lambda: threading.Lock().acquire(True, -5)),
    ('semaphore', lambda: threading.Semaphore(-1)),
    ('semaphore timeout', lambda: threading.Semaphore().acquire(False, 1)),
    ('bounded', lambda: threading.BoundedSemaphore(2).release()),
    ('release n', lambda: threading.Semaphore().release(0)),
    ('cond wait', lambda: threading.Condition().wait()),
    ('cond notify', lambda: threading.Condition().notify()),
    ('switch interval', lambda: sys.setswitchinterval(0)),
    ('switch interval type', lambda: sys.setswitchinterval('x')),
]:
    try:
        f()
    except (RuntimeError, ValueError, TypeError) as e:
        print(what, type(e).__name__, e)

# Locks.
lock = threading.Lock()
print(clean(repr(lock)), lock.acquire(), clean(repr(lock)), lock.locked())
print(lock.acquire(False), lock.acquire(timeout=0.05), lock.acquire(True, 0))
lock.release()
with lock:
    print('in with', lock.locked())
print(lock.locked())
r = threading.RLock()
print(clean(repr(r)))
with r:
    with r:
        print(clean(repr(r)))
print(clean(repr(r)))
cond = threading.Condition()
print(clean(repr(cond)))
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: 42, 0.01))
ev = threading.Event()
print(clean(repr(ev)), ev.is_set(), ev.wait(0.01))
ev.set()
print(clean(repr(ev)), ev.wait(), ev.wait(0))
sem = threading.Semaphore(2)
print(clean(repr(sem)), sem.acquire(), sem.acquire(), sem.acquire(timeout=0.01), sem.acquire(False))
bs = threading.BoundedSemaphore(3)
print(clean(repr(bs)))
b = threading.Barrier(2)
print(clean(repr(b)), b.parties, b.n_waiting, b.broken)
b.abort()
print(clean(repr(b)), b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print('broken', repr(e))
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())

# Thread-local data.
data = threading.local()
data.x = 'main'


def show(name):
    print(name, hasattr(data, 'x'))
    data.x = name
    print(name, data.x)


t = threading.Thread(target=show, args=('worker',))
t.start()
t.join()
print(data.x)


class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v


ml = MyLocal(7)
ml.v += 1
t = threading.Thread(target=lambda: print('thread sees', ml.v))
t.start()
t.join()
print('main sees', ml.v)

# excepthook can be replaced.
def hook(args):
    print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name)


threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name='failing')
t.start()
t.join()
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
print('exit code unchanged')
