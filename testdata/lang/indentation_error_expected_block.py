# An IndentationError: a block was expected after the colon.
for i in range(3):
print(i)
