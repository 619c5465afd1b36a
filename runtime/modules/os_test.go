package modules

import "testing"

// os's fixed process identity (py/os.py documents it): CPython cannot
// produce these outputs, since they describe this runtime's process.
func TestOSFixedProcess(t *testing.T) {
	runCases(t, []pyCase{
		{"identity", `
import os
print(os.getpid(), os.getppid(), os.getcwd(), os.getcwdb(), os.cpu_count(), os.getlogin())
print(os.environ)
print(os.getenv("HOME"), os.environ["TZ"], len(os.environ))
`, "42 1 /home/user b'/home/user' 1 user\n" +
			"environ({'HOME': '/home/user', 'LANG': 'C.UTF-8', 'PATH': '/usr/local/bin:/usr/bin:/bin', 'PWD': '/home/user', 'SHELL': '/bin/sh', 'TZ': 'UTC', 'USER': 'user'})\n" +
			"/home/user UTC 7\n"},
		{"paths", `
import os.path
print(os.path.abspath("a/../b"), os.path.abspath(b"."), os.path.realpath("x"), os.path.relpath("/home/user/src/x.py"), os.path.relpath("/etc"))
print(os.path.expanduser("~"), os.path.expanduser("~/x"), os.path.expandvars("$HOME/$USER/${TZ}/$NOPE"))
`, "/home/user/b b'/home/user' /home/user/x src/x.py ../../etc\n/home/user /home/user/x /home/user/user/UTC/$NOPE\n"},
	})
}
