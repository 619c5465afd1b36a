print(list(enumerate("abc", 1)), list(zip([1,2],[3,4,5])), list(map(lambda a,b:a*b,[1,2],[3,4])))
print(list(filter(None,[0,1,2,''])), list(reversed([1,2,3])), list(reversed(range(4))), sorted([3,1,2], reverse=True))
print(min(3,1,2), max([1,5,2], key=lambda x:-x), max([], default='d'), sum([1,2,3]), sum([0.1]*10), sum([[1],[2]],[]))
print(any([0,0,1]), all([]), all([1,0]))
try:
    list(zip([1],[1,2],strict=True))
except ValueError as e: print(e)
class S:
    def __len__(self): return 3
    def __getitem__(self, i): return i*10
print(list(reversed(S())), type(enumerate([])), enumerate, type(zip()).__name__)
try: sorted()
except TypeError as e: print(e)
