# match with literal, capture, wildcard, or-patterns and guards.
def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case 500 | 502 | 503 as code:
            return f"server error {code}"
        case int(n) if n >= 400:
            return f"client error {n}"
        case "teapot":
            return "string literal"
        case None:
            return "none"
        case True:
            return "true singleton"
        case _:
            return "other"
for s in (200, 201, 404, 502, 418, "teapot", None, True, 3.5, 1):
    print(repr(s), "->", http(s))
x = 5
match x:
    case y:
        print("capture binds", y)
