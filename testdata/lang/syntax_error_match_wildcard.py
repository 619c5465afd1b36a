# A wildcard before other cases makes them unreachable (a guard would not).
command = "go"
match command.split():
    case ["stop"]:
        print("stopping")
    case _:
        print("unknown")
    case ["go"]:
        print("going")
