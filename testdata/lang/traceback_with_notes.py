# Notes are printed after the exception line of an uncaught traceback.
def step(n):
    try:
        raise ValueError(f"step {n} failed")
    except ValueError as e:
        e.add_note(f"in step {n}")
        e.add_note("retry later")
        raise
step(2)
