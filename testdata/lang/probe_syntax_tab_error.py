print("never runs")
while True:
	if 1:
        pass
