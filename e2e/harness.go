// Package e2e drives the built site in Debian's Chromium: the end-to-end
// tests (e2e_test.go) and the page benchmark (./pagebench) share this
// harness, which builds the site, serves it in-process on a free loopback
// port and starts a headless browser with a fresh profile.
package e2e

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"time"

	"github.com/asynchrony/asynchrony/site/build"
	"github.com/asynchrony/asynchrony/site/serve"
	"github.com/chromedp/chromedp"
)

// Site is a built site served on 127.0.0.1.
type Site struct {
	Dir    string // the built site
	URL    string // http://127.0.0.1:PORT/
	Result *build.Result
	srv    *http.Server
}

// RepoRoot finds the repository root from this source file's location.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(file))
}

// BuildSite builds the repository's site into dir (decks from slides, or
// from ASYNCHRONY_E2E_SLIDES when set).
func BuildSite(dir string, log io.Writer) (*build.Result, error) {
	return build.Build(build.Options{Root: RepoRoot(), Out: dir, Slides: os.Getenv("ASYNCHRONY_E2E_SLIDES"), Log: log})
}

// Serve serves dir on a free loopback port.
func Serve(dir string) (*Site, error) {
	return ServeWith(dir, nil)
}

// ServeWith serves dir on a free loopback port through wrap (nil: as is),
// for tests that change what the server sends.
func ServeWith(dir string, wrap func(http.Handler) http.Handler) (*Site, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &Site{Dir: dir, URL: "http://" + ln.Addr().String() + "/"}
	h := serve.Handler(dir)
	if wrap != nil {
		h = wrap(h)
	}
	s.srv = &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go s.srv.Serve(ln)
	return s, nil
}

// Close stops the server.
func (s *Site) Close() { s.srv.Close() }

// Chromium returns the browser's path, or "" if it is not installed.
func Chromium() string {
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p == "" {
			continue
		}
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	return ""
}

// ErrNoBrowser is returned by NewBrowser when Chromium is not installed.
var ErrNoBrowser = errors.New("chromium is not installed (apt-get install chromium)")

// NewBrowser starts headless Chromium with a fresh profile in profileDir.
// Every host but 127.0.0.1 resolves to nothing, so a request to another
// origin fails (and the tests see it in the network events).
func NewBrowser(parent context.Context, profileDir string) (context.Context, context.CancelFunc, error) {
	path := Chromium()
	if path == "" {
		return nil, nil, ErrNoBrowser
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.UserDataDir(profileDir),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.WindowSize(1280, 800),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("disable-backgrounding-occluded-windows", true),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
	}
	actx, acancel := chromedp.NewExecAllocator(parent, opts...)
	ctx, cancel := chromedp.NewContext(actx)
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		acancel()
		return nil, nil, fmt.Errorf("starting chromium: %w", err)
	}
	return ctx, func() { cancel(); acancel() }, nil
}
