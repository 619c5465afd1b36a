class Q:
    def where(self, x): return self
    def order(self): raise ValueError('bad order')
q = (Q()
     .where(1)
     .order())
