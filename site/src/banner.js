// The banner under the bar: errors (storage, runtime) and offers (a new
// version of the site). Messages stay until dismissed.
export function showBanner(text, kind = "info", action = null) {
  const el = document.getElementById("banner");
  if (!el) return;
  el.replaceChildren();
  el.dataset.kind = kind;
  const msg = document.createElement("span");
  msg.textContent = text;
  el.append(msg);
  if (action) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = action.label;
    b.onclick = action.run;
    el.append(b);
  }
  const close = document.createElement("button");
  close.type = "button";
  close.className = "banner-close";
  close.setAttribute("aria-label", "Dismiss");
  close.textContent = "×";
  close.onclick = () => (el.hidden = true);
  el.append(close);
  el.hidden = false;
}
