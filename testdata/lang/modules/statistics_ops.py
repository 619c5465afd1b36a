import statistics as st
print(st.mean([1, 2, 3]), st.mean([1, 2, 3, 4]), st.mean([0.1, 0.2, 0.4]), st.fmean([1, 2, 4]), st.mean([1, 2.5]))
print(st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mode("aabbbc"), st.multimode("aabbcc"), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.variance([1, 2, 4]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.stdev([1, 2, 3, 4, 10]))
for f in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([])]:
    try: f()
    except st.StatisticsError as e: print(type(e).__name__, e)
