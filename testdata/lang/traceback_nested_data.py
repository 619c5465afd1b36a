# An IndexError deep in nested data, uncaught, reached through a loop and a method call.
class Table:
    def __init__(self, rows):
        self.rows = rows
    def cell(self, r, c):
        return self.rows[r][c]
t = Table([[1, 2], [3]])
for r, c in [(0, 1), (1, 0), (1, 1)]:
    print("cell", r, c, "=", t.cell(r, c))
