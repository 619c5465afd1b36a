package build

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"html/template"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLoadDecks(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		main  string
		want  []string // slugs, main first
		err   string
	}{
		{"main deck first", map[string]string{"a.md": "# A\n", MainDeck + ".md": "# Main\n", "README.md": "# not a deck"}, "", []string{MainDeck, "a"}, ""},
		{"a single deck is the main one", map[string]string{"only.md": "# Only\n"}, "", []string{"only"}, ""},
		{"named main", map[string]string{"a.md": "# A\n", "b.md": "# B\n"}, "b", []string{"b", "a"}, ""},
		{"missing main", map[string]string{"a.md": "# A\n", "b.md": "# B\n"}, "", nil, "main deck " + MainDeck + ".md is not in"},
		{"no decks", map[string]string{"README.md": "x"}, "", nil, "no decks"},
		{"a bad deck names itself", map[string]string{"a.md": "# A\n\n```python bogus\n```\n"}, "", nil, "a.md:3: slide 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			decks, _, err := loadDecks(dir, tt.main)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range decks {
				got = append(got, d.Slug)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Fatalf("decks %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPages(t *testing.T) {
	root := RepoRootForTest(t)
	tpl, err := template.ParseFiles(filepath.Join(root, "site", "template.html"))
	if err != nil {
		t.Fatal(err)
	}
	slides := t.TempDir()
	writeFiles(t, slides, map[string]string{
		MainDeck + ".md": "# Main <deck>\n\n```python id=ex\nprint(1)\n```\n???\nsay hi\n\n---\n\n## Two\n",
		"other.md":       "# Other\n",
		"pic.png":        "PNG",
		"deck_test.go":   "package slides",
	})
	decks, _, err := loadDecks(slides, "")
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	res := &Result{Decks: decks, BuildID: "b1", Assets: Assets{JS: "main.AAAAAAAA.js", CSS: "style.BBBBBBBB.css", Boot: "boot.CCCCCCCC.js", Worker: "worker.DDDDDDDD.js", Wasm: "runtime.EEEEEEEE.wasm", WasmExec: "wasm_exec.FFFFFFFF.js"}}
	for i, d := range decks {
		dir, base := out, ""
		if i > 0 {
			dir, base = filepath.Join(out, d.Slug), "../"
		}
		if err := writePage(tpl, dir, base, d, decks, res); err != nil {
			t.Fatal(err)
		}
		if err := copyDeckFiles(slides, dir); err != nil {
			t.Fatal(err)
		}
	}
	main, _ := os.ReadFile(filepath.Join(out, "index.html"))
	other, _ := os.ReadFile(filepath.Join(out, "other", "index.html"))
	for _, want := range []string{
		"<title>Main &lt;deck&gt;</title>", `data-deck="` + MainDeck + `"`, `src="main.AAAAAAAA.js"`, `data-wasm="runtime.EEEEEEEE.wasm"`,
		`id="slide-1"`, `id="slide-2"`, `data-id="ex"`, `<aside class="notes">`, "say hi", `href="other/"`, "Content-Security-Policy",
	} {
		if !strings.Contains(string(main), want) {
			t.Errorf("main page lacks %s", want)
		}
	}
	for _, want := range []string{`src="../main.AAAAAAAA.js"`, `data-worker="../worker.DDDDDDDD.js"`, `href="../"`, `data-deck="other"`} {
		if !strings.Contains(string(other), want) {
			t.Errorf("other deck's page lacks %s", want)
		}
	}
	// The print pictures' hatch pattern, once, on a page with examples.
	if n := strings.Count(string(main), `<pattern id="tl-hatch"`); n != 1 || !strings.Contains(string(main), `<svg class="tl-defs"`) {
		t.Errorf("main page defines the hatch pattern %d times", n)
	}
	if strings.Contains(string(other), "tl-defs") {
		t.Error("a deck without examples defines the hatch pattern")
	}
	if _, err := os.Stat(filepath.Join(out, "pic.png")); err != nil {
		t.Error("the deck's image was not copied")
	}
	if _, err := os.Stat(filepath.Join(out, "deck_test.go")); err == nil {
		t.Error("a Go file next to the decks was published")
	}
	if err := writeServiceWorker(root, out, res); err != nil {
		t.Fatal(err)
	}
	sw, _ := os.ReadFile(filepath.Join(out, "sw.js"))
	if !strings.Contains(string(sw), `const BUILD = "b1"`) || !strings.Contains(string(sw), `"runtime.EEEEEEEE.wasm"`) || !strings.Contains(string(sw), `"other/"`) {
		t.Errorf("sw.js not filled in:\n%s", sw)
	}
}

// RepoRootForTest is the repository root (this package is site/build).
func RepoRootForTest(t *testing.T) string {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func TestPrecompress(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat("print('hello asyncio')\n", 200)
	writeFiles(t, dir, map[string]string{"index.html": big, "tiny.js": "x", "pic.png": big})
	if err := precompress(dir, ""); err != nil {
		t.Fatal(err)
	}
	gz, err := os.Open(filepath.Join(dir, "index.html.gz"))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(gz)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := io.ReadAll(zr); string(b) != big {
		t.Error("index.html.gz does not decompress to index.html")
	}
	br, err := os.Open(filepath.Join(dir, "index.html.br"))
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := io.ReadAll(brotli.NewReader(br)); string(b) != big {
		t.Error("index.html.br does not decompress to index.html")
	}
	for _, name := range []string{"tiny.js.gz", "tiny.js.br", "pic.png.gz"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s written (larger than the original, or not compressible)", name)
		}
	}
}

func TestReplaceDir(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "dist")
	writeFiles(t, out, map[string]string{"precious.txt": "not ours"})
	tmp := filepath.Join(parent, "new")
	writeFiles(t, tmp, map[string]string{"index.html": "new", marker: "id"})
	if err := replaceDir(tmp, out); err == nil || !strings.Contains(err.Error(), "not overwriting") {
		t.Fatalf("replaced a directory the build did not make: %v", err)
	}
	os.Remove(filepath.Join(out, "precious.txt"))
	writeFiles(t, out, map[string]string{marker: "old", "old.js": "old"})
	if err := replaceDir(tmp, out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "old.js")); err == nil {
		t.Error("the previous build's files survived")
	}
	if b, _ := os.ReadFile(filepath.Join(out, "index.html")); string(b) != "new" {
		t.Error("the new build is not in place")
	}
}

func TestHashName(t *testing.T) {
	a := hashName("runtime.wasm", []byte("a"))
	if !strings.HasPrefix(a, "runtime.") || !strings.HasSuffix(a, ".wasm") || len(a) != len("runtime.12345678.wasm") {
		t.Fatalf("hashName = %q", a)
	}
	if a == hashName("runtime.wasm", []byte("b")) || a != hashName("runtime.wasm", []byte("a")) {
		t.Fatal("hashName does not follow the content")
	}
}

func TestBrotliCache(t *testing.T) {
	cache := t.TempDir()
	data := []byte(strings.Repeat("await asyncio.sleep(0)\n", brotliCached/20))
	first, err := brotliOf(data, cache)
	if err != nil {
		t.Fatal(err)
	}
	ents, _ := os.ReadDir(cache)
	if len(ents) != 1 {
		t.Fatalf("cache holds %d entries, want 1", len(ents))
	}
	// A cached result is what the second call returns, even if changed.
	entry := filepath.Join(cache, ents[0].Name())
	if err := os.WriteFile(entry, []byte("cached"), 0o644); err != nil {
		t.Fatal(err)
	}
	if again, _ := brotliOf(data, cache); string(again) != "cached" {
		t.Error("the second compression did not come from the cache")
	}
	if b, _ := io.ReadAll(brotli.NewReader(bytes.NewReader(first))); !bytes.Equal(b, data) {
		t.Error("the brotli result does not decompress to the input")
	}
	for i := range 5 {
		os.WriteFile(filepath.Join(cache, fmt.Sprint(i, ".br")), nil, 0o644)
	}
	pruneCache(cache, 3)
	if ents, _ := os.ReadDir(cache); len(ents) != 3 {
		t.Errorf("pruned to %d entries, want 3", len(ents))
	}
}
