# An inventory system with dataclasses: products, stock movements, orders, reports.
from dataclasses import dataclass, field
from collections import defaultdict
from enum import Enum


class Category(Enum):
    TOOLS = "tools"
    GARDEN = "garden"
    KITCHEN = "kitchen"


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: float
    category: Category


@dataclass
class StockItem:
    product: Product
    quantity: int = 0
    reorder_level: int = 5

    @property
    def value(self):
        return round(self.product.price * self.quantity, 2)

    @property
    def needs_reorder(self):
        return self.quantity <= self.reorder_level


@dataclass
class OrderLine:
    sku: str
    quantity: int


@dataclass
class Order:
    order_id: int
    lines: list = field(default_factory=list)
    status: str = "new"


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add_product(self, product, quantity=0, reorder_level=5):
        self.items[product.sku] = StockItem(product, quantity, reorder_level)

    def receive(self, sku, qty):
        self.items[sku].quantity += qty
        self.log.append(("in", sku, qty))

    def fulfil(self, order):
        missing = [l.sku for l in order.lines if self.items[l.sku].quantity < l.quantity]
        if missing:
            order.status = "backordered"
            raise OutOfStock(f"order {order.order_id}: not enough {', '.join(missing)}")
        total = 0.0
        for line in order.lines:
            item = self.items[line.sku]
            item.quantity -= line.quantity
            total += item.product.price * line.quantity
            self.log.append(("out", line.sku, line.quantity))
        order.status = "shipped"
        return round(total, 2)

    def report(self):
        by_cat = defaultdict(list)
        for item in self.items.values():
            by_cat[item.product.category].append(item)
        for cat in Category:
            items = sorted(by_cat[cat], key=lambda i: i.product.name)
            print(f"{cat.value.upper():8} value={sum(i.value for i in items):8.2f}")
            for i in items:
                flag = " REORDER" if i.needs_reorder else ""
                print(f"  {i.product.sku:6} {i.product.name:14} {i.quantity:4} @ {i.product.price:6.2f}{flag}")


inv = Inventory()
catalog = [
    Product("T-100", "hammer", 12.5, Category.TOOLS),
    Product("T-200", "screwdriver", 4.25, Category.TOOLS),
    Product("G-100", "rake", 19.99, Category.GARDEN),
    Product("K-100", "kettle", 24.0, Category.KITCHEN),
    Product("K-200", "whisk", 3.1, Category.KITCHEN),
]
for p, q in zip(catalog, [10, 30, 4, 7, 50]):
    inv.add_product(p, q)
inv.receive("G-100", 6)
orders = [
    Order(1, [OrderLine("T-100", 3), OrderLine("K-200", 10)]),
    Order(2, [OrderLine("K-100", 8)]),
    Order(3, [OrderLine("T-200", 26), OrderLine("G-100", 2)]),
]
for o in orders:
    try:
        print(f"order {o.order_id} total {inv.fulfil(o)}")
    except OutOfStock as e:
        print("OutOfStock:", e)
print([(o.order_id, o.status) for o in orders])
inv.report()
print(inv.log)
print(catalog[0], catalog[0] == Product("T-100", "hammer", 12.5, Category.TOOLS))
