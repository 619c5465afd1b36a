package modules

import "testing"

// TestSystemModules runs programs whose expected stdout was produced by CPython 3.11.
func TestSystemModules(t *testing.T) {
	runCases(t, []pyCase{
		{"sys_time", "import sys, time\nprint(sys.version_info[:2], sys.version_info.minor, sys.maxsize, sys.getrecursionlimit(), isinstance(sys.argv, list))\nsys.setrecursionlimit(50)\ndef deep(n): return deep(n + 1)\ntry:\n    deep(0)\nexcept RecursionError as e:\n    print(\"RecursionError\")\nsys.setrecursionlimit(1000)\ntry:\n    sys.setrecursionlimit(0)\nexcept ValueError as e:\n    print(e)\nt = time.monotonic(); time.sleep(0.3); print(round(time.monotonic() - t, 1))\nprint(time.strftime(\"%Y-%m-%d %H:%M:%S %a %b %j\", time.gmtime(86400 * 365)), time.gmtime(0).tm_year)\nprint(sys.stdout.write(\"x\\n\"))\n", "(3, 11) 11 9223372036854775807 1000 True\nRecursionError\nrecursion limit must be greater or equal than 1\n0.3\n1971-01-01 00:00:00 Fri Jan 001 1970\nx\n2\n"},
		{"threading_sim", "import threading, time\ndef f(n):\n    time.sleep(0.1 * n)\n    print(\"in\", threading.current_thread().name, n)\n    if n == 99:\n        raise ValueError(\"boom\")\nts = [threading.Thread(target=f, args=(i,)) for i in (3, 1, 2)]\nfor t in ts: t.start()\nprint(\"started\", ts[0].is_alive())\nfor t in ts: t.join()\nprint(\"joined\", ts[0].is_alive(), threading.current_thread().name, threading.active_count())\nlock = threading.Lock()\nwith lock:\n    print(\"locked\", lock.locked())\nclass W(threading.Thread):\n    def run(self):\n        time.sleep(0.5)\n        print(\"W ran\", self.name)\nw = W(); w.start(); w.join(); print(\"end\")\n", "started True\nin Thread-2 (f) 1\nin Thread-3 (f) 2\nin Thread-1 (f) 3\njoined False MainThread 1\nlocked True\nW ran Thread-4\nend\n"},
	})
}
