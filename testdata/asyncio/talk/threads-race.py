import sys
import threading

sys.setswitchinterval(1e-5)      # switch threads often, as a busy machine would

counter = 0

def check():
    pass                         # any call: a point where a thread may switch

def work(times):
    global counter
    for _ in range(times):
        value = counter          # read
        check()                  # ...another thread may run here...
        counter = value + 1      # write: overwrites what it did meanwhile

threads = [threading.Thread(target=work, args=(20_000,)) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print('expected', 4 * 20_000)
print('updates lost:', counter < 4 * 20_000)
