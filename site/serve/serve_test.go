package serve

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name, data string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func gz(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "index.html", "<p>deck</p>")
	write(t, dir, "index.html.gz", gz("<p>deck</p>"))
	write(t, dir, "index.html.br", "BROTLI")
	write(t, dir, "runtime.0A1B2C3D.wasm", "\x00asm")
	write(t, dir, "main.ABCDEFGH.js", "js")
	write(t, dir, "sw.js", "sw")
	write(t, dir, "other/index.html", "other")
	write(t, dir, ".asynchrony-dist", "id")
	h := Handler(dir)
	tests := []struct {
		path, accept string
		status       int
		ctype, enc   string
		cache, body  string
	}{
		{"/", "", 200, "text/html; charset=utf-8", "", "no-cache", "<p>deck</p>"},
		{"/", "gzip, deflate, br", 200, "text/html; charset=utf-8", "br", "no-cache", "BROTLI"},
		{"/index.html", "gzip", 200, "text/html; charset=utf-8", "gzip", "no-cache", gz("<p>deck</p>")},
		{"/", "br;q=0, gzip", 200, "text/html; charset=utf-8", "gzip", "no-cache", gz("<p>deck</p>")},
		{"/runtime.0A1B2C3D.wasm", "br", 200, "application/wasm", "", "public, max-age=31536000, immutable", "\x00asm"},
		{"/main.ABCDEFGH.js", "", 200, "text/javascript; charset=utf-8", "", "public, max-age=31536000, immutable", "js"},
		{"/sw.js", "", 200, "text/javascript; charset=utf-8", "", "no-cache", "sw"},
		{"/other/", "", 200, "text/html; charset=utf-8", "", "no-cache", "other"},
		{"/other", "", 301, "", "", "", ""},
		{"/missing.js", "", 404, "", "", "", ""},
		{"/index.html.gz", "", 404, "", "", "", ""},
		{"/.asynchrony-dist", "", 404, "", "", "", ""},
		{"/../../etc/passwd", "", 404, "", "", "", ""},
	}
	for _, tt := range tests {
		req := httptest.NewRequest("GET", tt.path, nil)
		if tt.accept != "" {
			req.Header.Set("Accept-Encoding", tt.accept)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		res := rec.Result()
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != tt.status {
			t.Errorf("%s: status %d, want %d", tt.path, res.StatusCode, tt.status)
			continue
		}
		if !strings.Contains(res.Header.Get("Content-Security-Policy"), "'wasm-unsafe-eval'") {
			t.Errorf("%s: CSP %q", tt.path, res.Header.Get("Content-Security-Policy"))
		}
		if tt.status != 200 {
			continue
		}
		if got := res.Header.Get("Content-Type"); got != tt.ctype {
			t.Errorf("%s: Content-Type %q, want %q", tt.path, got, tt.ctype)
		}
		if got := res.Header.Get("Content-Encoding"); got != tt.enc {
			t.Errorf("%s (Accept-Encoding %q): Content-Encoding %q, want %q", tt.path, tt.accept, got, tt.enc)
		}
		if got := res.Header.Get("Cache-Control"); got != tt.cache {
			t.Errorf("%s: Cache-Control %q, want %q", tt.path, got, tt.cache)
		}
		if string(body) != tt.body {
			t.Errorf("%s: body %q, want %q", tt.path, body, tt.body)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", rec.Code)
	}
}

func TestAccepts(t *testing.T) {
	tests := []struct {
		header, tok string
		want        bool
	}{
		{"gzip, br", "br", true},
		{"gzip", "br", false},
		{"br;q=0", "br", false},
		{"BR; q=0.5", "br", true},
		{"*", "gzip", true},
		{"", "gzip", false},
	}
	for _, tt := range tests {
		if got := accepts(tt.header, tt.tok); got != tt.want {
			t.Errorf("accepts(%q, %q) = %v", tt.header, tt.tok, got)
		}
	}
}
