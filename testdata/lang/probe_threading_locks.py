import threading
import time

lock = threading.Lock()

def worker(name):
    print(f'{name} wants the lock')
    with lock:
        print(f'{name} got the lock')
        time.sleep(0.5)
        print(f'{name} releasing')

ts = [threading.Thread(target=worker, args=(n,)) for n in 'abc']
for t in ts:
    t.start()
    time.sleep(0.1)
print('main: locked?', lock.locked())
for t in ts:
    t.join()
print('main: locked?', lock.locked())

sem = threading.Semaphore(2)

def limited(i):
    with sem:
        print('in', i)
        time.sleep(0.3 * (i + 1))
        print('out', i)

ts = [threading.Thread(target=limited, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
    time.sleep(0.05)
for t in ts:
    t.join()

ev = threading.Event()

def setter():
    time.sleep(0.5)
    print('setting')
    ev.set()

def waiter():
    ev.wait()
    print('woke')

threading.Thread(target=setter).start()
time.sleep(0.05)
threading.Thread(target=waiter).start()
time.sleep(0.05)
waited = ev.wait()
time.sleep(0.05)
print('waited', waited, 'main')
time.sleep(0.1)

tokens = threading.Semaphore(0)

def producer():
    for i in range(3):
        time.sleep(0.2)
        print('produce', i)
        tokens.release()

def consumer():
    for i in range(3):
        tokens.acquire()
        time.sleep(0.05)
        print('consume', i)

p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
time.sleep(0.01)
c.start()
p.join()
c.join()

late = threading.Lock()

def slow():
    time.sleep(1)
    with late:
        print('slow got it')
        time.sleep(0.5)

def fast():
    with late:
        print('fast got it')
        time.sleep(0.2)
    print('fast done')

a = threading.Thread(target=slow)
b = threading.Thread(target=fast)
a.start()
time.sleep(0.01)
b.start()
a.join()
b.join()
print(late.acquire(timeout=0.1), late.acquire(False), late.acquire(timeout=0.1))
late.release()

bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print(e)
try:
    threading.Lock().release()
except RuntimeError as e:
    print(e)

rl = threading.RLock()

def reentrant(n):
    with rl:
        with rl:
            time.sleep(0.3)
            print('reentrant inner', n)

ts = [threading.Thread(target=reentrant, args=(n,)) for n in range(2)]
for t in ts:
    t.start()
    time.sleep(0.01)
for t in ts:
    t.join()
print('end')
