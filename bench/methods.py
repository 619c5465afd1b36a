# Method calls on objects: attribute access, bound methods, small classes.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self):
        self.pos = self.pos.add(self.vel)
        return self.pos.dot(self.vel)


def run():
    ps = [Particle(Vector(i, -i), Vector(1, 2)) for i in range(100)]
    total = 0
    for _ in range(8_000):
        for p in ps:
            total += p.step()
    return total

print(run())
