# One pattern may not bind a name twice.
pair = [3, 3]
match pair:
    case [a, a]:
        print("equal pair")
