# A Matrix class with operator overloading: +, -, *, @, **, ==, indexing, transpose, determinant.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def _zip(self, other, op):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __add__(self, other):
        return self._zip(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._zip(other, lambda a, b: a - b)

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return self._zip(k, lambda a, b: a * b)
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant needs a square matrix")
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * self.minor(0, j).det() for j in range(n))

    def minor(self, i, j):
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(width) for x in r) + "]" for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(a - b, a * 2, 3 * a, -a, sep="\n")
print(a @ b)
print(repr(a @ Matrix.identity(2)), a @ Matrix.identity(2) == a)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1], fib.shape)
c = Matrix([[2, -1, 0], [1, 3, 2], [0, 5, -4]])
print(c.det(), c.transpose().det(), Matrix([[1, 2, 3], [4, 5, 6]]).transpose())
print(list(a), a * b, a[1, 0])
a[1, 0] = 10
print(a)
for bad in (lambda: a + Matrix([[1, 2, 3]]), lambda: Matrix([[1, 2]]) @ Matrix([[1, 2]]),
            lambda: Matrix([[1], [2, 3]]), lambda: Matrix([[1, 2]]).det()):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(Matrix([[0.5, 1.25]]) * 2, Matrix([[1, 2]]) == [[1, 2]])
