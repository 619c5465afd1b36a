# NameError messages (str(e) carries no "Did you mean" suggestion).
def show(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__ + ":", e)
show(lambda: undefined_name)
def uses_later():
    print(later)
show(uses_later)
later = 1
show(uses_later)
def local_before():
    y = y + 1
try:
    local_before()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
