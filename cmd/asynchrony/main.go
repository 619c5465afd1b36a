// Command asynchrony builds and serves the talk's site and runs Python
// programs with the same runtime the page uses:
//
//	asynchrony build [-out dist] [-slides slides]   decks -> static site
//	asynchrony serve [-dir dist] [-addr 127.0.0.1:8080]
//	asynchrony run [-trace FILE.jsonl|-] [-clock virtual|real] [-seed N] FILE.py|-
package main

import (
	"fmt"
	"os"
)

const usage = `usage:
  asynchrony build [-out dist] [-slides slides] [-root .]   render the decks into a static site
  asynchrony serve [-dir dist] [-addr 127.0.0.1:8080]       serve a built site
  asynchrony run [-trace FILE.jsonl] [-clock virtual|real] [-seed N] FILE.py|- [-- ARGS] run a Python program ("-": stdin)
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	var code int
	switch os.Args[1] {
	case "build":
		code = buildCmd(os.Args[2:])
	case "serve":
		code = serveCmd(os.Args[2:])
	case "run":
		code = runCmd(os.Args[2:], os.Stdin, os.Stdout, os.Stderr)
	case "help", "-h", "-help", "--help":
		fmt.Print(usage)
	default:
		fmt.Fprintf(os.Stderr, "asynchrony: unknown command %q\n%s", os.Args[1], usage)
		code = 2
	}
	os.Exit(code)
}
