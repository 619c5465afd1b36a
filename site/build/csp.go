package build

// CSP is the Content-Security-Policy the server sends with every response:
// only the site's own scripts, workers and wasm ('wasm-unsafe-eval' allows
// WebAssembly compilation, nothing else), no inline script, nothing from
// another origin.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; " +
	"style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// MetaCSP is CSP for a <meta> tag (pages served by another server), which
// cannot carry frame-ancestors.
const MetaCSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; " +
	"style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'"
