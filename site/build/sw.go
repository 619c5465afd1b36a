package build

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// writeServiceWorker fills site/src/sw.js's placeholders with this build's
// id and asset list. sw.js keeps a stable name (the browser checks it for
// updates); a changed build id makes it a new worker.
func writeServiceWorker(root, out string, res *Result) error {
	src, err := os.ReadFile(filepath.Join(root, "site", "src", "sw.js"))
	if err != nil {
		return err
	}
	assets := []string{"./", res.Assets.JS, res.Assets.CSS, res.Assets.Boot, res.Assets.Worker, res.Assets.Wasm, res.Assets.WasmExec}
	for _, d := range res.Decks[1:] {
		assets = append(assets, d.Slug+"/")
	}
	list, _ := json.Marshal(assets)
	s := string(src)
	for k, v := range map[string]string{`"__BUILD_ID__"`: `"` + res.BuildID + `"`, `["__ASSETS__"]`: string(list)} {
		if !strings.Contains(s, k) {
			return fmt.Errorf("site/src/sw.js lacks the placeholder %s", k)
		}
		s = strings.ReplaceAll(s, k, v)
	}
	return os.WriteFile(filepath.Join(out, "sw.js"), []byte(s), 0o644)
}
