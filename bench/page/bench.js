// Loads Pyodide as a page would (the mark "pyodide-ready" is the time from
// navigation start until loadPyodide() resolves) and gives pagebench:
//   benchRun(src)    runs src in fresh globals with runPythonAsync and
//                    resolves with {ms, grew, out, err}: ms is the run
//                    alone, grew how much the wasm memory grew (bytes);
//   benchMemory(harness, src) runs bench/page/memory.py's measure(src)
//                    and resolves with {result, err}.
"use strict";

let out = [];
let err = [];
window.pyodideReady = loadPyodide({
  stdout: (s) => out.push(s),
  stderr: (s) => err.push(s),
}).then((py) => {
  performance.mark("pyodide-ready");
  document.getElementById("status").textContent = "Pyodide " + py.version + " ready";
  window.pyodide = py;
  return py.version;
});

function fresh(py, name) {
  const g = py.globals.get("dict")();
  g.set("__name__", name);
  return g;
}

const wasmMemory = () => window.pyodide._module.HEAP8.buffer.byteLength;

window.benchRun = async (src) => {
  const py = window.pyodide;
  out = [];
  err = [];
  const g = fresh(py, "__main__");
  const m0 = wasmMemory();
  const t0 = performance.now();
  try {
    await py.runPythonAsync(src, { globals: g });
  } catch (e) {
    err.push(String(e));
  } finally {
    g.destroy();
  }
  const ms = performance.now() - t0;
  return { ms, grew: wasmMemory() - m0, out: out.join("\n"), err: err.join("\n") };
};

window.benchMemory = async (harness, src) => {
  const py = window.pyodide;
  out = [];
  err = [];
  const g = fresh(py, "memory");
  let r = null;
  try {
    await py.runPythonAsync(harness, { globals: g });
    g.set("SOURCE", src);
    r = (await py.runPythonAsync("measure(SOURCE)", { globals: g })).toJs();
  } catch (e) {
    err.push(String(e));
  } finally {
    g.destroy();
  }
  return { result: r ? Array.from(r) : null, err: err.join("\n") };
};
