package build

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/andybalholm/brotli"
)

// compressible are the extensions worth precompressing.
var compressible = map[string]bool{
	".html": true, ".js": true, ".css": true, ".wasm": true, ".svg": true,
	".json": true, ".txt": true, ".md": true, ".webmanifest": true,
}

// Brotli is what browsers take (Chromium asks for it on localhost too), so
// its best quality is worth its time: on the runtime.wasm quality 9 gave
// 1.90 MB, 10 gave 1.71 MB and 11 (with a 16 MB window) 1.65 MB, at about
// 40 s of CPU in this pure-Go encoder. Results are cached by content in
// the user's cache directory, so a rebuild of an unchanged wasm is fast.
const (
	brotliQuality = 11
	brotliWindow  = 24
	brotliCached  = 64 << 10 // files at least this big go through the cache
	brotliKeep    = 16       // cache entries kept
)

// precompress writes name.gz and name.br next to every compressible file,
// keeping each only if it is smaller than the original. cache is a
// directory for brotli results ("" for none).
func precompress(dir, cache string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !compressible[filepath.Ext(p)] {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var gz bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		zw.Write(data)
		if err := zw.Close(); err != nil {
			return err
		}
		if gz.Len() < len(data) {
			if err := os.WriteFile(p+".gz", gz.Bytes(), 0o644); err != nil {
				return err
			}
		}
		br, err := brotliOf(data, cache)
		if err != nil {
			return err
		}
		if len(br) < len(data) {
			return os.WriteFile(p+".br", br, 0o644)
		}
		return nil
	})
}

// brotliOf compresses data, through the cache for big files.
func brotliOf(data []byte, cache string) ([]byte, error) {
	var entry string
	if cache != "" && len(data) >= brotliCached {
		sum := sha256.Sum256(data)
		entry = filepath.Join(cache, hex.EncodeToString(sum[:16])+".q11w24.br")
		if b, err := os.ReadFile(entry); err == nil {
			now := time.Now()
			os.Chtimes(entry, now, now) // recently used: kept by pruneCache
			return b, nil
		}
	}
	var br bytes.Buffer
	bw := brotli.NewWriterOptions(&br, brotli.WriterOptions{Quality: brotliQuality, LGWin: brotliWindow})
	bw.Write(data)
	if err := bw.Close(); err != nil {
		return nil, err
	}
	if entry != "" && os.MkdirAll(cache, 0o755) == nil {
		tmp := entry + ".tmp"
		if os.WriteFile(tmp, br.Bytes(), 0o644) == nil && os.Rename(tmp, entry) == nil {
			pruneCache(cache, brotliKeep)
		}
	}
	return br.Bytes(), nil
}

// pruneCache deletes all but the keep most recently used .br files in dir.
func pruneCache(dir string, keep int) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	type file struct {
		path string
		used time.Time
	}
	var files []file
	for _, e := range ents {
		if info, err := e.Info(); err == nil && filepath.Ext(e.Name()) == ".br" {
			files = append(files, file{filepath.Join(dir, e.Name()), info.ModTime()})
		}
	}
	slices.SortFunc(files, func(a, b file) int { return b.used.Compare(a.used) })
	for _, f := range files[min(keep, len(files)):] {
		os.Remove(f.path)
	}
}

// defaultCache is where brotli results are kept between builds.
func defaultCache() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "asynchrony", "brotli")
}
