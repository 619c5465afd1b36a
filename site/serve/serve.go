// Package serve serves a built site (dist/): the right MIME types
// (application/wasm), the precompressed .br/.gz file the client accepts,
// cache headers (hashed assets immutable, pages and the service worker
// revalidated) and a strict Content-Security-Policy on every response.
package serve

import (
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"regexp"
	"strings"

	"github.com/asynchrony/asynchrony/site/build"
)

var types = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".wasm": "application/wasm",
	".json": "application/json",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".jpg":  "image/jpeg",
	".jpeg": "image/jpeg",
	".gif":  "image/gif",
	".webp": "image/webp",
	".txt":  "text/plain; charset=utf-8",
	".py":   "text/x-python; charset=utf-8",
}

// hashed matches the names the build gives content-hashed assets.
var hashed = regexp.MustCompile(`\.[A-Z0-9]{8}\.(js|css|wasm)$`)

// Handler serves the directory dir.
func Handler(dir string) http.Handler {
	return handler{fsys: os.DirFS(dir)}
}

type handler struct{ fsys fs.FS }

func (h handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", build.CSP)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("Cross-Origin-Opener-Policy", "same-origin")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hd.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" {
		name = "."
	}
	if st, err := fs.Stat(h.fsys, name); err == nil && st.IsDir() {
		if !strings.HasSuffix(r.URL.Path, "/") {
			http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
			return
		}
		name = path.Join(name, "index.html")
	}
	if !fs.ValidPath(name) || strings.HasPrefix(path.Base(name), ".") || strings.HasSuffix(name, ".gz") || strings.HasSuffix(name, ".br") {
		http.NotFound(w, r)
		return
	}
	st, err := fs.Stat(h.fsys, name)
	if err != nil || st.IsDir() {
		http.NotFound(w, r)
		return
	}
	ext := path.Ext(name)
	ctype := types[ext]
	if ctype == "" {
		ctype = mime.TypeByExtension(ext)
	}
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	hd.Set("Content-Type", ctype)
	switch {
	case hashed.MatchString(name):
		hd.Set("Cache-Control", "public, max-age=31536000, immutable")
	default:
		hd.Set("Cache-Control", "no-cache")
	}
	// The precompressed variant the client accepts, best first.
	file := name
	hd.Add("Vary", "Accept-Encoding")
	for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !accepts(r.Header.Get("Accept-Encoding"), enc.token) {
			continue
		}
		if _, err := fs.Stat(h.fsys, name+enc.ext); err == nil {
			file = name + enc.ext
			hd.Set("Content-Encoding", enc.token)
			break
		}
	}
	f, err := h.fsys.Open(file)
	if err != nil {
		http.Error(w, "cannot open "+name, http.StatusInternalServerError)
		return
	}
	defer f.Close()
	fst, err := f.Stat()
	if err != nil {
		http.Error(w, "cannot stat "+name, http.StatusInternalServerError)
		return
	}
	// Validators describe the representation sent; ServeContent adds
	// Last-Modified and handles conditional and range requests.
	http.ServeContent(w, r, name, fst.ModTime(), f.(readSeeker))
}

type readSeeker interface {
	Read([]byte) (int, error)
	Seek(int64, int) (int64, error)
}

// accepts reports whether an Accept-Encoding header allows coding tok
// (present and not q=0).
func accepts(header, tok string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), tok) && strings.TrimSpace(name) != "*" {
			continue
		}
		p := strings.ReplaceAll(params, " ", "")
		if p == "q=0" || p == "q=0.0" || p == "q=0.00" || p == "q=0.000" {
			return false
		}
		return true
	}
	return false
}
