// The "My snippets" panel: every saved edit (all decks), with a link to its
// slide, a download as .py, export of all as one JSON file, and import.
import { storage, notifyLocal } from "./storage.js";
import { go } from "./nav.js";
import { showBanner } from "./banner.js";

const deck = document.body.dataset.deck;
const FORMAT = "asynchrony-snippets";

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function el(tag, props = {}, ...kids) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
}

export async function togglePanel(open) {
  const panel = document.getElementById("snippets");
  if (open === undefined) open = panel.hidden;
  panel.hidden = !open;
  if (open) await renderPanel();
}

async function renderPanel() {
  const panel = document.getElementById("snippets");
  const close = el("button", { type: "button", className: "panel-close", textContent: "Close" });
  close.onclick = () => togglePanel(false);
  const exportBtn = el("button", { type: "button", textContent: "Export all (.json)" });
  const file = el("input", { type: "file", accept: ".json,application/json", className: "import-file" });
  const importLabel = el("label", { className: "import" }, "Import .json ", file);
  const head = el("div", { className: "panel-head" }, el("h2", { textContent: "My snippets" }), exportBtn, importLabel, close);
  let records;
  try {
    records = await storage.list("");
  } catch (err) {
    panel.replaceChildren(head, el("p", { className: "error", textContent: "Cannot list your snippets: " + err.message }));
    return;
  }
  exportBtn.onclick = () => {
    const data = { format: FORMAT, version: 1, exported: new Date().toISOString(), snippets: records };
    download("asynchrony-snippets.json", JSON.stringify(data, null, 2) + "\n", "application/json");
  };
  file.onchange = () => file.files[0] && importFile(file.files[0]);
  const list = el("ul", { className: "snippet-list" });
  for (const r of records) {
    const ex = r.deck === deck ? document.querySelector(`.example[data-id="${CSS.escape(r.id)}"]`) : null;
    const n = ex ? +ex.closest(".slide").dataset.n : null;
    const open = el("button", { type: "button", textContent: n ? `Slide ${n}` : r.deck });
    open.onclick = () => {
      if (n) {
        togglePanel(false);
        go(n);
      } else location.href = document.body.dataset.base + (r.deck === deck ? "" : r.deck + "/");
    };
    open.disabled = !n && r.deck === deck;
    const py = el("button", { type: "button", textContent: "Download .py" });
    py.onclick = () => download(`${r.id}.py`, r.code.endsWith("\n") ? r.code : r.code + "\n", "text/x-python");
    const when = r.updated ? new Date(r.updated).toLocaleString() : "";
    const first = r.code.split("\n").find((l) => l.trim()) || "";
    list.append(el("li", {}, el("strong", { textContent: r.id }), ` ${r.deck} · ${when} `, open, " ", py,
      el("pre", { className: "snippet-preview", textContent: first })));
  }
  if (!records.length) list.append(el("li", { textContent: "No saved edits yet: edit an example and it is saved here." }));
  panel.replaceChildren(head, list);
}

// importFile reads an export and stores its snippets as new revisions.
async function importFile(f) {
  let recs;
  try {
    const data = JSON.parse(await f.text());
    recs = Array.isArray(data) ? data : data && data.format === FORMAT ? data.snippets : null;
    if (!Array.isArray(recs)) throw new Error("not an Asynchrony snippets export");
    recs = recs.map((r, i) => {
      if (!r || typeof r.deck !== "string" || typeof r.id !== "string" || typeof r.code !== "string") {
        throw new Error(`snippet ${i + 1} lacks deck, id or code`);
      }
      return { deck: r.deck, id: r.id, code: r.code, orig: typeof r.orig === "string" ? r.orig : "" };
    });
  } catch (err) {
    showBanner(`Cannot import ${f.name}: ${err.message}`, "error");
    return;
  }
  try {
    const n = await storage.import(recs);
    showBanner(`Imported ${n} snippet${n === 1 ? "" : "s"}.`);
    for (const r of recs) notifyLocal({ type: "reload", deck: r.deck, id: r.id });
  } catch {
    // storage showed the error.
  }
  await renderPanel();
}
