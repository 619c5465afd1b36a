import threading
import time

fork = threading.Lock()
knife = threading.Lock()

def eat(name, first, second):
    with first:                  # takes one...
        time.sleep(0.1)          # ...meanwhile the other takes the other one
        with second:             # ...and each waits for the other's, forever
            print(name, 'eats')

a = threading.Thread(target=eat, args=('a', fork, knife), daemon=True)
b = threading.Thread(target=eat, args=('b', knife, fork), daemon=True)
a.start()
b.start()
a.join(timeout=1)                # remove the timeout: the run deadlocks
print('a waiting:', a.is_alive(), '| b waiting:', b.is_alive())
