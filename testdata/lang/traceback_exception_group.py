# Uncaught ExceptionGroup: the nested box-drawing traceback format.
def fail(n):
    raise ValueError(f"fail {n}")
errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
errors.append(TypeError("wrong type"))
raise ExceptionGroup("batch failed", errors)
