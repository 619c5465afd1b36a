// Share links carry an example's code in the URL fragment, so it never
// reaches a server: #N&ex=ID&code=BASE64URL(UTF-8).
export function encode(text) {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decode(s) {
  const b64 = s.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b64 + "===".slice((b64.length + 3) % 4));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

export function shareURL(ex) {
  const n = ex.el.closest(".slide").dataset.n;
  const u = new URL(location.href);
  u.search = "";
  u.hash = `#${n}&ex=${encodeURIComponent(ex.id)}&code=${encode(ex.view.state.doc.toString())}`;
  return u.href;
}

// sharedFromHash returns {id, code} from the current URL, or null; a
// malformed link is reported, not thrown.
export function sharedFromHash(params) {
  const id = params.get("ex");
  const code = params.get("code");
  if (!id || code === null) return null;
  try {
    return { id, code: decode(code) };
  } catch {
    return { id, error: "The share link's code is damaged and cannot be read." };
  }
}
