# A tiny stack virtual machine with an assembler: labels, jumps, calls, and a trace of execution.
class VMError(Exception):
    pass


def assemble(source):
    program, labels = [], {}
    for raw in source.strip().splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op.upper(), [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return [(op, [labels.get(a, a) if isinstance(a, str) else a for a in args]) for op, args in program]


class VM:
    def __init__(self, program, trace=False):
        self.program = program
        self.stack, self.calls, self.vars = [], [], {}
        self.pc = 0
        self.steps = 0
        self.output = []
        self.trace = trace

    def pop(self):
        if not self.stack:
            raise VMError(f"stack underflow at pc={self.pc}")
        return self.stack.pop()

    def run(self, max_steps=10_000):
        binops = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
                  "LT": lambda a, b: int(a < b), "EQ": lambda a, b: int(a == b)}
        while self.pc < len(self.program):
            self.steps += 1
            if self.steps > max_steps:
                raise VMError("step budget exhausted")
            op, args = self.program[self.pc]
            if self.trace:
                print(f"  {self.pc:3} {op:5} {str(args):8} {self.stack}")
            self.pc += 1
            if op == "PUSH":
                self.stack.append(args[0])
            elif op in binops:
                b, a = self.pop(), self.pop()
                self.stack.append(binops[op](a, b))
            elif op == "DIV":
                b, a = self.pop(), self.pop()
                if b == 0:
                    raise VMError(f"division by zero at pc={self.pc - 1}")
                self.stack.append(a // b)
            elif op == "DUP":
                v = self.pop()
                self.stack += [v, v]
            elif op == "SWAP":
                b, a = self.pop(), self.pop()
                self.stack += [b, a]
            elif op == "STORE":
                self.vars[args[0]] = self.pop()
            elif op == "LOAD":
                if args[0] not in self.vars:
                    raise VMError(f"unknown variable {args[0]}")
                self.stack.append(self.vars[args[0]])
            elif op == "JMP":
                self.pc = args[0]
            elif op == "JZ":
                if self.pop() == 0:
                    self.pc = args[0]
            elif op == "CALL":
                self.calls.append(self.pc)
                self.pc = args[0]
            elif op == "RET":
                self.pc = self.calls.pop()
            elif op == "PRINT":
                self.output.append(self.pop())
            elif op == "HALT":
                break
            else:
                raise VMError(f"bad opcode {op}")
        return self.output


FACTORIAL = """
    push 10
    store n
    push 1
    store acc
loop:
    load n
    jz done        ; stop when n == 0
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    push 7
    call square
    print
    halt
square:
    dup
    mul
    ret
"""
vm = VM(assemble(FACTORIAL))
print(vm.run(), "steps:", vm.steps)
small = VM(assemble("push 2\npush 3\nadd\ndup\nmul\nprint"), trace=True)
print(small.run())
for src in ("add", "push 1\npush 0\ndiv", "load x", "top:\njmp top", "push 1\nfrob"):
    try:
        VM(assemble(src)).run(max_steps=50)
    except VMError as e:
        print("VMError:", e)
