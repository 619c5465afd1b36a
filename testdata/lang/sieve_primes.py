# Sieve of Eratosthenes and prime helpers.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for p in range(2, int(limit ** 0.5) + 1):
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
    return [i for i, flag in enumerate(is_prime) if flag]
primes = sieve(10000)
print(len(primes), primes[:15], primes[-3:], sum(primes))
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
print([factorize(n) for n in (360, 97, 1001, 2 ** 20 + 1, 600851475143)])
twins = [(p, p + 2) for p in primes if p + 2 in set(primes[:200])]
print(twins[:8])
