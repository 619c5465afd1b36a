// Package build turns the repository into the static site in dist/: every
// deck in slides/ rendered to HTML (package deck), the front end bundled
// with esbuild from site/src and CodeMirror in site/node_modules, the
// runtime compiled to WebAssembly from ./wasm with Go's own wasm_exec.js,
// a service worker listing the build's assets, and every text or wasm file
// precompressed (gzip and brotli). Asset names carry a content hash, so the
// server can mark them immutable.
package build

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/asynchrony/asynchrony/runtime/timeline"
	"github.com/asynchrony/asynchrony/site/deck"
	"github.com/asynchrony/asynchrony/site/pictures"
)

// MainDeck is the deck served at the site's root.
const MainDeck = "python-and-asynchrony"

// marker is written into every dist directory so a rebuild only ever
// deletes a directory it made.
const marker = ".asynchrony-dist"

// Options say where things are. Zero values take the repository layout.
type Options struct {
	Root   string    // repository root (holds site/, wasm/, go.mod); "." if empty
	Slides string    // the decks' directory; Root/slides if empty
	Out    string    // output directory; Root/dist if empty
	Main   string    // slug of the deck served at /; MainDeck, or the only deck
	Log    io.Writer // progress lines; nil is silent
	Cache  string    // brotli results kept between builds; the user's cache directory if empty, "-" for none
}

// Assets are the hashed file names of one build, relative to Out.
type Assets struct {
	JS, CSS, Boot, Worker, Wasm, WasmExec string
}

// Result describes a finished build.
type Result struct {
	Out      string
	BuildID  string
	Assets   Assets
	Decks    []*deck.Deck // main deck first
	WasmSize int64
}

func (o *Options) defaults() error {
	if o.Root == "" {
		o.Root = "."
	}
	root, err := filepath.Abs(o.Root)
	if err != nil {
		return err
	}
	o.Root = root
	if _, err := os.Stat(filepath.Join(root, "site", "template.html")); err != nil {
		return fmt.Errorf("%s does not look like the repository root (no site/template.html)", root)
	}
	if o.Slides == "" {
		o.Slides = filepath.Join(root, "slides")
	}
	if o.Out == "" {
		o.Out = filepath.Join(root, "dist")
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	switch o.Cache {
	case "":
		o.Cache = defaultCache()
	case "-":
		o.Cache = ""
	}
	return nil
}

func (o *Options) logf(format string, args ...any) {
	fmt.Fprintf(o.Log, format+"\n", args...)
}

// Build makes the site. The output directory is replaced only when the
// whole build succeeded.
func Build(opt Options) (*Result, error) {
	if err := opt.defaults(); err != nil {
		return nil, err
	}
	start := time.Now()
	decks, sources, err := loadDecks(opt.Slides, opt.Main)
	if err != nil {
		return nil, err
	}
	// The examples' print pictures are drawn while the front end is
	// bundled and the runtime compiled.
	pics := make(chan map[string]pictures.Picture, 1)
	go func() { pics <- drawPictures(&opt, decks) }()
	if err := ensureNodeModules(&opt); err != nil {
		return nil, err
	}
	tmp := opt.Out + ".tmp"
	if err := os.RemoveAll(tmp); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	res := &Result{Out: opt.Out, Decks: decks}

	opt.logf("bundling the front end (esbuild)")
	if res.Assets, err = bundle(opt.Root, tmp); err != nil {
		return nil, err
	}
	opt.logf("compiling the runtime to WebAssembly")
	if res.Assets.Wasm, res.WasmSize, err = buildWasm(&opt, tmp); err != nil {
		return nil, err
	}
	if res.Assets.WasmExec, err = copyWasmExec(tmp); err != nil {
		return nil, err
	}
	res.BuildID = buildID(tmp)
	// The decks again, each example followed by its picture.
	drawn := <-pics
	var slug string
	figure := func(ex *deck.Example) template.HTML { return drawn[slug+"/"+ex.ID].HTML() }
	for i, d := range decks {
		slug = d.Slug
		if decks[i], err = deck.ParseWith(d.Slug, sources[d.Slug], deck.Options{Figure: figure}); err != nil {
			return nil, err
		}
	}

	tpl, err := template.ParseFiles(filepath.Join(opt.Root, "site", "template.html"))
	if err != nil {
		return nil, err
	}
	var pages []string
	for i, d := range decks {
		dir, base := tmp, ""
		if i > 0 {
			dir, base = filepath.Join(tmp, d.Slug), "../"
		}
		if err := writePage(tpl, dir, base, d, decks, res); err != nil {
			return nil, err
		}
		if err := copyDeckFiles(opt.Slides, dir); err != nil {
			return nil, err
		}
		pages = append(pages, base)
	}
	if err := writeServiceWorker(opt.Root, tmp, res); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(tmp, marker), []byte(res.BuildID+"\n"), 0o644); err != nil {
		return nil, err
	}
	opt.logf("precompressing")
	if err := precompress(tmp, opt.Cache); err != nil {
		return nil, err
	}
	if err := replaceDir(tmp, opt.Out); err != nil {
		return nil, err
	}
	opt.logf("built %s in %.1fs: %d deck(s), wasm %d bytes", opt.Out, time.Since(start).Seconds(), len(decks), res.WasmSize)
	return res, nil
}

// loadDecks parses every .md in dir except README.md; the main deck comes
// first. It returns each deck's source too, by slug.
func loadDecks(dir, main string) ([]*deck.Deck, map[string][]byte, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return nil, nil, err
	}
	var decks []*deck.Deck
	sources := map[string][]byte{}
	for _, f := range files {
		if strings.EqualFold(filepath.Base(f), "README.md") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, err
		}
		d, err := deck.Parse(strings.TrimSuffix(filepath.Base(f), ".md"), src)
		if err != nil {
			return nil, nil, err
		}
		decks = append(decks, d)
		sources[d.Slug] = src
	}
	if len(decks) == 0 {
		return nil, nil, fmt.Errorf("no decks (*.md other than README.md) in %s", dir)
	}
	if main == "" {
		main = MainDeck
		if len(decks) == 1 {
			main = decks[0].Slug
		}
	}
	sort.SliceStable(decks, func(i, j int) bool { return decks[i].Slug == main && decks[j].Slug != main })
	if decks[0].Slug != main {
		return nil, nil, fmt.Errorf("the main deck %s.md is not in %s", main, dir)
	}
	return decks, sources, nil
}

// drawPictures draws every runnable example's print picture (package
// pictures), by deck slug and example id: "slug/id".
func drawPictures(opt *Options, decks []*deck.Deck) map[string]pictures.Picture {
	start := time.Now()
	var exs []*deck.Example
	var keys []string
	for _, d := range decks {
		for _, s := range d.Slides {
			for _, ex := range s.Examples {
				exs = append(exs, ex)
				keys = append(keys, d.Slug+"/"+ex.ID)
			}
		}
	}
	drawn := map[string]pictures.Picture{}
	for i, p := range pictures.DrawAll(exs, 0) {
		drawn[keys[i]] = p
	}
	opt.logf("drew %d examples' print pictures in %.1fs", len(exs), time.Since(start).Seconds())
	return drawn
}

// ensureNodeModules runs `npm ci` in site/ when CodeMirror is not there
// yet, so a fresh checkout builds with one command.
func ensureNodeModules(opt *Options) error {
	site := filepath.Join(opt.Root, "site")
	if _, err := os.Stat(filepath.Join(site, "node_modules", "@codemirror", "view", "package.json")); err == nil {
		return nil
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		return errors.New("site/node_modules is missing and npm is not installed: install Node.js and npm, then run `npm ci --prefix site`")
	}
	opt.logf("installing the front end's packages (npm ci --prefix site)")
	cmd := exec.Command(npm, "ci", "--no-audit", "--no-fund")
	cmd.Dir = site
	cmd.Stdout, cmd.Stderr = opt.Log, opt.Log
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("npm ci in site/: %w", err)
	}
	return nil
}

// hashName returns name with a short content hash before its extension:
// runtime.wasm -> runtime.3F2A9C1B.wasm (the same style as esbuild's).
func hashName(name string, data []byte) string {
	sum := sha256.Sum256(data)
	ext := filepath.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + strings.ToUpper(hex.EncodeToString(sum[:4])) + ext
}

// coldNoInline turns inlining off in the packages that are not on the
// interpreter's hot paths: the parser, the compiler, the modules other than
// asyncio (0.9 MB less raw wasm, 0.19 MB less gzip, no change measurable in
// bench/), the bridge and the std packages only used for errors, storage and
// messages to the page (fmt, reflect, log, time, context, syscall/js,
// go-indexeddb: 22 KB less gzip). core, asyncio, math/big, strconv, strings
// and Go's runtime keep their inlining (all of std without it made fib 1.7x
// and call_soon 2.3x slower). Measured and not taken (2026-12-07, gzip of
// the plain build): math/big -l saves 29 KB and makes a big-int loop 23%
// slower natively; runtime/regex -l 16 KB, its Words and LazyGroups
// benchmarks 66-72% slower; asyncio -l 28 KB on the event loop's hot path;
// timeline+trace -l 24 KB, trace records every traced step.
var coldNoInline = []string{
	"-gcflags=github.com/asynchrony/asynchrony/runtime/syntax=-l",
	"-gcflags=github.com/asynchrony/asynchrony/runtime/compile=-l",
	"-gcflags=github.com/asynchrony/asynchrony/runtime/modules=-l",
	"-gcflags=github.com/asynchrony/asynchrony/wasm/...=-l",
	"-gcflags=github.com/hack-pad/...=-l",
	"-gcflags=fmt=-l", "-gcflags=reflect=-l", "-gcflags=log=-l", "-gcflags=time=-l",
	"-gcflags=context=-l", "-gcflags=syscall/js=-l",
}

// wasmMaxZeroGap is the longest run of zeros written out to join two data
// segments (see mergeDataSegments): 64 joins the sparse tables' segments
// (2.31 -> 2.15 MB gzip) and still skips the long zero runs.
const wasmMaxZeroGap = 64

func buildWasm(opt *Options, out string) (string, int64, error) {
	root := opt.Root
	goBin := filepath.Join(goroot(), "bin", "go")
	if _, err := os.Stat(goBin); err != nil {
		goBin = "go"
	}
	tmp := filepath.Join(out, "runtime.wasm.tmp")
	args := append([]string{"build", "-trimpath", "-ldflags=-s -w"}, coldNoInline...)
	cmd := exec.Command(goBin, append(args, "-o", tmp, "./wasm")...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	if msg, err := cmd.CombinedOutput(); err != nil {
		return "", 0, fmt.Errorf("GOOS=js GOARCH=wasm go build ./wasm: %v\n%s", err, msg)
	}
	data, err := os.ReadFile(tmp)
	if err != nil {
		return "", 0, err
	}
	os.Remove(tmp)
	if stripped, err := stripWasmLines(data, wasmMaxZeroGap); err != nil {
		opt.logf("keeping the runtime's line tables: %v", err)
	} else {
		data = stripped
	}
	if data, err = mergeDataSegments(data, wasmMaxZeroGap); err != nil {
		return "", 0, err
	}
	name := hashName("runtime.wasm", data)
	return name, int64(len(data)), os.WriteFile(filepath.Join(out, name), data, 0o644)
}

func goroot() string {
	if out, err := exec.Command("go", "env", "GOROOT").Output(); err == nil {
		return strings.TrimSpace(string(out))
	}
	return "/usr/local/go"
}

func copyWasmExec(out string) (string, error) {
	var data []byte
	var err error
	for _, p := range []string{"lib/wasm/wasm_exec.js", "misc/wasm/wasm_exec.js"} {
		if data, err = os.ReadFile(filepath.Join(goroot(), p)); err == nil {
			break
		}
	}
	if err != nil {
		return "", fmt.Errorf("wasm_exec.js not found in GOROOT: %w", err)
	}
	name := hashName("wasm_exec.js", data)
	return name, os.WriteFile(filepath.Join(out, name), data, 0o644)
}

// buildID digests the hashed asset names, which digest their contents.
func buildID(out string) string {
	ents, _ := os.ReadDir(out)
	h := sha256.New()
	for _, e := range ents {
		io.WriteString(h, e.Name()+"\n")
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

type page struct {
	Deck    *deck.Deck
	Decks   []*deck.Deck
	Base    string // "" for the root page, "../" for a deck in a subdirectory
	Assets  Assets
	BuildID string
	CSP     string
	Runtime bool // the deck has examples: boot.js starts the runtime
	// Hatch defines the timelines' hatch pattern once for the print
	// pictures (site/pictures), which leave it out.
	Hatch template.HTML
}

func writePage(tpl *template.Template, dir, base string, d *deck.Deck, decks []*deck.Deck, res *Result) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(dir, "index.html"))
	if err != nil {
		return err
	}
	p := page{Deck: d, Decks: decks, Base: base, Assets: res.Assets, BuildID: res.BuildID, CSP: MetaCSP, Hatch: timeline.HatchDefs}
	for _, s := range d.Slides {
		p.Runtime = p.Runtime || len(s.Examples) > 0
	}
	if err := tpl.Execute(f, p); err != nil {
		f.Close()
		return fmt.Errorf("rendering %s: %w", d.Slug, err)
	}
	return f.Close()
}

// deckFiles are the kinds of file next to a deck that the site serves.
var deckFiles = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".svg": true, ".webp": true, ".avif": true,
}

// copyDeckFiles copies the images next to the decks (not the Go tests or
// READMEs that may live there too).
func copyDeckFiles(slides, dir string) error {
	ents, err := os.ReadDir(slides)
	if err != nil {
		return err
	}
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || !deckFiles[strings.ToLower(filepath.Ext(n))] {
			continue
		}
		data, err := os.ReadFile(filepath.Join(slides, n))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, n), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// replaceDir moves the finished build into place, deleting the previous
// one only if a build made it.
func replaceDir(tmp, out string) error {
	if _, err := os.Stat(out); err == nil {
		if _, err := os.Stat(filepath.Join(out, marker)); err != nil {
			if ents, _ := os.ReadDir(out); len(ents) > 0 {
				return fmt.Errorf("%s exists and was not made by asynchrony build; not overwriting it", out)
			}
		}
		if err := os.RemoveAll(out); err != nil {
			return err
		}
	}
	return os.Rename(tmp, out)
}
