# A Sudoku solver with constraint propagation and backtracking.
PUZZLE = """
..9748...
7........
.2.1.9...
..7...24.
.64.1.59.
.98...3..
...8.3.2.
........6
...2759..
"""


def parse(text):
    rows = [line.strip() for line in text.strip().splitlines()]
    return [[int(c) if c.isdigit() else 0 for c in row] for row in rows]


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


stats = {"guesses": 0, "forced": 0}


def solve(grid):
    while True:
        progress = False
        best = None
        for r in range(9):
            for c in range(9):
                if grid[r][c] == 0:
                    cands = candidates(grid, r, c)
                    if not cands:
                        return False
                    if len(cands) == 1:
                        grid[r][c] = cands[0]
                        stats["forced"] += 1
                        progress = True
                    elif best is None or len(cands) < len(best[2]):
                        best = (r, c, cands)
        if not progress:
            break
    if best is None:
        return all(all(row) for row in grid)
    r, c, cands = best
    for d in cands:
        stats["guesses"] += 1
        trial = [row[:] for row in grid]
        trial[r][c] = d
        if solve(trial):
            grid[:] = trial
            return True
    return False


def show(grid):
    for i, row in enumerate(grid):
        if i and i % 3 == 0:
            print("------+-------+------")
        print(" | ".join(" ".join(str(d or ".") for d in row[j:j + 3]) for j in (0, 3, 6)))


def valid(grid):
    units = [row for row in grid] + [[grid[r][c] for r in range(9)] for c in range(9)]
    units += [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(u) == list(range(1, 10)) for u in units)


grid = parse(PUZZLE)
show(grid)
print()
print("solved:", solve(grid), "valid:", valid(grid))
show(grid)
print(stats)
bad = parse(PUZZLE)
bad[0][0] = 9  # a second 9 in the first row
print("contradictory puzzle solved validly:", solve(bad) and valid(bad))
