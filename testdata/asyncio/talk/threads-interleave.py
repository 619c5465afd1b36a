import threading
import time

def worker(name, delay):
    for step in range(1, 4):
        time.sleep(delay)        # meanwhile the OS runs the other thread
        print(f'{name} step {step}')

a = threading.Thread(target=worker, args=('a', 0.3))
b = threading.Thread(target=worker, args=('b', 0.4))
a.start()
b.start()
a.join()
b.join()
print('both done')
