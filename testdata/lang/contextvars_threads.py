import threading, contextvars
v = contextvars.ContextVar('v', default='unset')
v.set('main')
def work(name):
    print(name, 'starts with', v.get())
    v.set(name)
    print(name, 'now', v.get())
t = threading.Thread(target=work, args=('t1',))
t.start(); t.join()
ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(work, 't2'))
t.start(); t.join()
print('main', v.get(), ctx[v])
