import threading
import time

counter = 0
lock = threading.Lock()

def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

ts = [threading.Thread(target=work, args=(1000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, [t.name for t in ts], threading.current_thread().name, ts[0].is_alive())

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f'worker-{n}')
        self.n = n
        self.result = None

    def run(self):
        time.sleep(0.1 * self.n)
        self.result = self.n * 10
        print('ran', self.name, threading.current_thread().name)

ws = [Worker(i) for i in (3, 1, 2)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.result for w in ws])

def job(name, seconds):
    print(f'{name} start')
    time.sleep(seconds)
    print(f'{name} end')

ts = [threading.Thread(target=job, args=(c, s)) for c, s in [('x', 0.5), ('y', 0.2), ('z', 0.35)]]
for t in ts:
    t.start()
for t in ts:
    t.join(timeout=0.1)
print('alive after short joins', [t.is_alive() for t in ts])
for t in ts:
    t.join()

# Errors inside threads: reported, the main thread goes on.
class Broken(threading.Thread):
    def run(self):
        print(undefined_name)

def divide(x):
    return 1 / x

threading.Timer(0.1, divide, args=(0,)).start()
t = threading.Thread(target=divide, args=(0,))
t.start()
t.join()
b = Broken()
b.start()
b.join()
q = threading.Thread(target=lambda: exit(3))
q.start()
q.join()
try:
    q.start()
except RuntimeError as e:
    print(e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print(e)

# Not joined: a non-daemon thread still finishes at exit, a daemon does not.
threading.Thread(target=job, args=('late', 1.0)).start()
threading.Thread(target=job, args=('daemon', 2.0), daemon=True).start()
print('main done')
