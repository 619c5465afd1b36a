// The loop-state panel of a Visualiser: the state after the cursor's step
// (runtime/timeline's State, from a StateReply): the ready queue in order,
// the timer heap by deadline, the tasks with their state and what they
// await, the futures with their callbacks, and the output so far.
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function section(title, count, shown) {
  const s = el("section", "vis-card");
  const h = el("h4", null, title);
  if (count !== undefined) h.append(el("span", "vis-count", count > shown ? ` ${count} (first ${shown})` : ` ${count}`));
  s.append(h);
  return s;
}

function empty(text) {
  return el("p", "vis-empty", text);
}

export function seconds(t) {
  return String(+(+t || 0).toFixed(3)) + " s";
}

function itemText(it) {
  return it.task && !it.name.includes(it.task) ? `${it.name} (${it.task})` : it.name;
}

// renderState fills el with state st.
export function renderState(root, st) {
  const ready = section("Ready queue", st.readyLen, st.ready.length);
  ready.classList.add("vis-ready");
  if (!st.ready.length) ready.append(empty("empty"));
  else {
    const ol = el("ol", "vis-queue");
    for (const it of st.ready) {
      const li = el("li", it.cancelled ? "vis-cancelled" : null, itemText(it));
      if (it.cancelled) li.title = "cancelled: it leaves the queue without running";
      ol.append(li);
    }
    ready.append(ol);
  }

  const timers = section("Timers", st.timersLen, st.timers.length);
  timers.classList.add("vis-timers");
  if (!st.timers.length) timers.append(empty("none armed"));
  else {
    const ol = el("ol", "vis-queue");
    for (const it of st.timers) {
      const li = el("li", it.cancelled ? "vis-cancelled" : null);
      li.append(el("span", "vis-when", "at " + seconds(it.when)), " ");
      // What the timer is for ("the end of sleep(1)") before the callback
      // asyncio arms for it (_set_result_unless_cancelled), which alone
      // says little to a reader.
      if (it.what && it.what !== it.name && it.what !== it.task) {
        li.append(it.what, " ", el("span", "vis-cb", it.name));
      } else li.append(itemText(it));
      ol.append(li);
    }
    timers.append(ol);
  }

  const tasks = section("Tasks", st.tasksLen, st.tasks.length);
  tasks.classList.add("vis-tasks");
  if (!st.tasks.length && !(st.threads || []).length) tasks.append(empty("none yet"));
  else {
    const ul = el("ul", "vis-list");
    for (const t of st.tasks) {
      const li = el("li");
      li.dataset.state = t.state;
      li.append(el("span", "vis-badge", t.state), " ", el("strong", null, t.name), " ", el("span", "vis-coro", t.coro));
      if (t.waits) li.append(el("span", "vis-waits", " awaits " + t.waits));
      if (t.state === "done" && t.outcome) li.append(el("span", "vis-outcome", " " + (t.outcome === "result" ? "→ " + t.value : t.outcome + (t.value ? ": " + t.value : ""))));
      ul.append(li);
    }
    for (const t of st.threads || []) {
      const li = el("li");
      li.dataset.state = t.state || "new";
      li.append(el("span", "vis-badge", t.state || "new"), " ", el("strong", null, t.name));
      if (t.waits) li.append(el("span", "vis-waits", " waits on " + t.waits));
      ul.append(li);
    }
    tasks.append(ul);
  }

  const futures = section("Futures with callbacks", st.futures.length);
  futures.classList.add("vis-futures");
  if (!st.futures.length) futures.append(empty("none pending"));
  else {
    const ul = el("ul", "vis-list");
    for (const f of st.futures) ul.append(el("li", null, `${f.name}: ${f.callbacks.join(", ")}`));
    futures.append(ul);
  }

  const out = section("Output so far");
  out.classList.add("vis-output");
  const pre = el("pre", "vis-out", st.outputLen > st.output.length ? "…" + st.output : st.output);
  if (!st.output) pre.append(empty("nothing yet"));
  out.append(pre);
  if (st.exceptions.length) out.append(el("p", "vis-exc", st.exceptions.join("\n")));

  root.replaceChildren(ready, timers, tasks, futures, out);
  pre.scrollTop = pre.scrollHeight;
}
