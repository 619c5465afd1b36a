// Command genprotocol writes site/src/protocol.js, the JS mirror of the
// page <-> worker protocol (bridge.ProtocolJS); go generate ./wasm/bridge
// runs it.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/asynchrony/asynchrony/wasm/bridge"
)

func main() {
	out := flag.String("o", "protocol.js", "the file to write")
	flag.Parse()
	if err := os.WriteFile(*out, bridge.ProtocolJS(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genprotocol:", err)
		os.Exit(1)
	}
}
