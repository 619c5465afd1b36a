package modules

// The simulated network: py/simnet.py (made-up hosts, DNS, latency and a
// small fake GitHub REST API) behind subsets of aiohttp, requests
// (with requests.exceptions) and socket. Nothing reaches a real network;
// the modules' docstrings say so. The same Python files also run under
// CPython (scripts/golden.sh puts them on its path, all but socket) so
// that programs using them have CPython-made golden outputs.
func init() {
	pyModules = append(pyModules, "simnet", "socket", "aiohttp", "requests", "requests.exceptions")
}
