# A receipt in money: prices, tax, discounts and a split, to the cent.
from decimal import Decimal, ROUND_HALF_UP, localcontext

CENT = Decimal("0.01")
items = [("coffee", "3.45", 2), ("bagel", "2.10", 3), ("juice", "4.99", 1), ("muffin", "2.675", 4)]
subtotal = Decimal(0)
for name, price, qty in items:
    line = (Decimal(price) * qty).quantize(CENT, rounding=ROUND_HALF_UP)
    subtotal += line
    print(f"{name:<8}{qty:>3} x {Decimal(price):>6} = {line:>8}")
tax = (subtotal * Decimal("0.0825")).quantize(CENT, ROUND_HALF_UP)
discount = -(subtotal * Decimal("0.15")).quantize(CENT)
total = subtotal + tax + discount
print(f"{'subtotal':<20}{subtotal:>10}\n{'tax':<20}{tax:>10}\n{'discount':<20}{discount:>10}\n{'total':<20}{total:>10,}")
share = (total / 3).quantize(CENT)
print("each of 3 pays", share, "remainder", total - 3 * share)
with localcontext() as ctx:
    ctx.prec = 6
    print("per item", total / sum(q for _, _, q in items), "interest", (Decimal(1000) * (1 + Decimal("0.05") / 12) ** 12).quantize(CENT))
print(sum(Decimal("0.10") for _ in range(10)) == Decimal("1.00"), sum(0.1 for _ in range(10)) == 1.0)
print(sorted(Decimal(p) for _, p, _ in items), max(items, key=lambda i: Decimal(i[1]))[0])
