package build

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// bundle runs esbuild twice: the page's ES module (with CodeMirror) and
// stylesheet, and the classic scripts: the worker (it loads wasm_exec.js
// with importScripts) and boot.js (it must run before the body is parsed).
func bundle(root, out string) (Assets, error) {
	src := filepath.Join(root, "site", "src")
	common := api.BuildOptions{
		AbsWorkingDir:     filepath.Join(root, "site"),
		Bundle:            true,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		Target:            api.ES2022,
		Outdir:            out,
		EntryNames:        "[name].[hash]",
		LegalComments:     api.LegalCommentsNone,
		LogLevel:          api.LogLevelSilent,
		Write:             false,
	}
	page := common
	page.EntryPoints = []string{filepath.Join(src, "main.js"), filepath.Join(src, "style.css")}
	page.Format = api.FormatESModule
	page.Platform = api.PlatformBrowser
	worker := common
	worker.EntryPoints = []string{filepath.Join(src, "worker.js"), filepath.Join(src, "boot.js")}
	worker.Format = api.FormatIIFE

	var a Assets
	for _, opts := range []api.BuildOptions{page, worker} {
		r := api.Build(opts)
		if len(r.Errors) > 0 {
			msgs := api.FormatMessages(r.Errors, api.FormatMessagesOptions{Kind: api.ErrorMessage})
			return a, errors.New("esbuild:\n" + strings.Join(msgs, ""))
		}
		for _, f := range r.OutputFiles {
			name := filepath.Base(f.Path)
			switch {
			case strings.HasPrefix(name, "main.") && strings.HasSuffix(name, ".js"):
				a.JS = name
			case strings.HasPrefix(name, "style.") && strings.HasSuffix(name, ".css"):
				a.CSS = name
			case strings.HasPrefix(name, "worker.") && strings.HasSuffix(name, ".js"):
				a.Worker = name
			case strings.HasPrefix(name, "boot.") && strings.HasSuffix(name, ".js"):
				a.Boot = name
			default:
				return a, fmt.Errorf("esbuild wrote an unexpected file %s", name)
			}
			if err := os.WriteFile(filepath.Join(out, name), f.Contents, 0o644); err != nil {
				return a, err
			}
		}
	}
	if a.JS == "" || a.CSS == "" || a.Worker == "" || a.Boot == "" {
		return a, fmt.Errorf("esbuild did not produce every asset: %+v", a)
	}
	return a, nil
}
