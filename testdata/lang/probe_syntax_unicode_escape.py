path = 'C:\Users\Name'
print(path)
