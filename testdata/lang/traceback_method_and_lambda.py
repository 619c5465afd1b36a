# Traceback frames named by method, lambda and nested function.
class Calculator:
    def apply(self, op, a, b):
        return op(a, b)
    def divide(self, a, b):
        return self.apply(lambda x, y: x / y, a, b)
def run():
    def helper():
        return Calculator().divide(1, 0)
    return helper()
run()
