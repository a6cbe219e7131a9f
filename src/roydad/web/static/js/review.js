// Review queue: machine-coded incidents, least certain first. Accept, reject, edit a field,
// merge, split, undo — by button or key — each through the JSON API with the version it was
// made on, so a decision on a stale incident is refused (409) instead of overwriting.
"use strict";

(async () => {
  const { api, el, clear, chip, range } = roydad;
  const listBox = document.getElementById("queue-list");
  const current = document.getElementById("current");
  const messageBox = document.getElementById("message");
  const countBox = document.getElementById("queue-count");
  const help = document.getElementById("help");
  const vocabulary = await roydad.vocabulary();
  const colours = vocabulary.type_colours;

  const state = { items: [], index: 0, incident: null, marked: new Set(), lastDecision: null, dialog: null };

  function say(text, good) {
    messageBox.hidden = false;
    messageBox.className = "message " + (good ? "good" : "bad");
    clear(messageBox).append(text);
  }

  function renderQueue() {
    clear(listBox);
    state.items.forEach((item, i) => {
      const li = el("li", {
        "aria-selected": i === state.index ? "true" : "false", "data-incident": item.incident_id,
        onclick: () => select(i),
      },
        chip(item.event_type, colours), " ", item.date_start || "undated", " ",
        item.done ? el("span", { class: "status status-" + item.done }, item.done) : "",
        state.marked.has(item.incident_id) ? el("strong", {}, " [merge]") : "",
        el("div", { class: "small" },
          [item.location_name, item.country].filter(Boolean).join(", ") || "no place", " · ",
          `confidence ${item.confidence.toFixed(2)} · ${item.sources} source${item.sources === 1 ? "" : "s"}`));
      listBox.append(li);
    });
    const open = state.items.filter((item) => !item.done).length;
    countBox.textContent = `(${open} waiting)`;
    const selected = listBox.querySelector('[aria-selected="true"]');
    if (selected) selected.scrollIntoView({ block: "nearest" });
  }

  function fieldRow(name, ...cells) {
    return el("tr", {}, el("th", {}, name), ...cells.map((c) => el("td", {}, c === null || c === undefined ? "–" : String(c))));
  }

  function renderIncident(inc) {
    clear(current);
    const loc = inc.location || {};
    current.append(
      el("h2", {}, chip(inc.event_type, colours), " ", inc.mode || "", " ",
        [loc.name, loc.admin1, loc.country].filter(Boolean).join(", ") || "no place"),
      el("p", { class: "meta muted" },
        `${inc.date_start || "undated"}${inc.date_end && inc.date_end !== inc.date_start ? " – " + inc.date_end : ""} · `,
        el("span", { class: "status status-" + inc.status, id: "current-status" }, inc.status),
        ` · version `, el("span", { id: "current-version" }, String(inc.version)),
        ` · confidence ${inc.confidence.toFixed(2)} · ${inc.incident_id} · `,
        el("a", { href: "/incidents/" + encodeURIComponent(inc.incident_id) }, "full page (o)")),
      el("div", { class: "actionbar" },
        el("button", { type: "button", class: "primary", id: "accept", onclick: accept }, "Accept ", el("kbd", {}, "a")),
        el("button", { type: "button", id: "reject", onclick: () => openDialog("reject") }, "Reject ", el("kbd", {}, "r")),
        el("button", { type: "button", id: "edit", onclick: () => openDialog("edit") }, "Edit a field ", el("kbd", {}, "e")),
        el("button", { type: "button", id: "merge", onclick: () => openDialog("merge") }, "Merge ", el("kbd", {}, "m")),
        el("button", { type: "button", id: "split", onclick: () => openDialog("split"), disabled: inc.sources.length < 2 }, "Split ", el("kbd", {}, "s")),
        el("button", { type: "button", id: "undo", onclick: undoLast, disabled: !state.lastDecision }, "Undo my last ", el("kbd", {}, "u"))),
      el("div", { id: "dialog" }),
      el("table", { class: "fields" },
        el("thead", {}, el("tr", {}, el("th", {}, "field"), el("th", {}, "low"), el("th", {}, "best"), el("th", {}, "high"))),
        el("tbody", {},
          fieldRow("killed", inc.fatalities_low, inc.fatalities_best, inc.fatalities_high),
          fieldRow("injured", inc.injured_low, "", inc.injured_high),
          fieldRow("date", inc.date_start, inc.date_precision, inc.date_end))),
      el("dl", { class: "kv" },
        el("dt", {}, "certainty"), el("dd", {}, inc.certainty),
        el("dt", {}, "ACLED"), el("dd", {}, [inc.acled_event_type, inc.acled_sub_event_type].filter(Boolean).join(" / ") || "–"),
        el("dt", {}, "weapons"), el("dd", {}, inc.weapons.join(", ") || "–"),
        el("dt", {}, "actors"), el("dd", {}, inc.actors.map((a) => `${a.name} (${a.role})`).join(", ") || "–")),
    );
    if (inc.conflicts.length) {
      current.append(el("h3", {}, "Where the sources disagree"),
        el("ul", {}, inc.conflicts.map((c) => el("li", {}, el("strong", {}, c.field), ": ",
          c.values.map((v) => `${v.value === null ? "–" : v.value} (${v.event_ids.length} report${v.event_ids.length === 1 ? "" : "s"})`).join(" · ")))));
    }
    if (inc.claims.length) {
      current.append(el("h3", {}, "Claims"), el("ul", {}, inc.claims.map((c) => el("li", {},
        `${c.kind}: ${c.claimant || "someone"} → ${c.attributed_to || "?"} (${c.certainty}) `, el("q", {}, c.text)))));
    }
    current.append(el("h3", {}, `Sources (${inc.sources.length})`));
    for (const s of inc.sources) {
      current.append(el("p", { class: "evidence-line", "data-event": s.event_id },
        el("span", { class: "muted" }, `${s.publisher || s.document_id}${s.pub_date ? ", " + s.pub_date : ""} · ${s.certainty}: `),
        el("mark", {}, s.evidence.text)));
    }
  }

  async function load(id) {
    try {
      state.incident = await api("/incidents/" + encodeURIComponent(id));
      renderIncident(state.incident);
    } catch (error) {
      state.incident = null;
      clear(current).append(el("p", { class: "error" }, error.message));
    }
  }

  async function select(i) {
    if (!state.items.length) return;
    state.index = Math.max(0, Math.min(state.items.length - 1, i));
    closeDialog();
    renderQueue();
    await load(state.items[state.index].incident_id);
  }

  function nextOpen() {
    for (let i = state.index + 1; i < state.items.length; i++) if (!state.items[i].done) return select(i);
    return select(state.index);
  }

  // Runs a decision; on failure shows why (a 409 with a button to reload the incident) and
  // rethrows, so the caller's follow-up does not run.
  async function decided(label, promise) {
    const inc = state.incident;
    try {
      const result = await promise;
      say(`${label}: done.`, true);
      return result;
    } catch (error) {
      if (error.status === 409) {
        say(error.message, false);
        messageBox.append(" ", el("button", { type: "button", id: "reload", onclick: () => load(inc.incident_id).then(() => { messageBox.hidden = true; }) }, "Reload the incident"));
      } else {
        say(`${label} failed: ${error.message}`, false);
      }
      throw error;
    }
  }

  async function lastDecisionOf(id) {
    const history = await api(`/incidents/${encodeURIComponent(id)}/history`);
    const mine = history.filter((d) => d.kind !== "undo" && !d.undone_by);
    return mine.length ? mine[mine.length - 1].id : null;
  }

  function markDone(id, status) {
    const item = state.items.find((x) => x.incident_id === id);
    if (item) item.done = status;
  }

  async function accept() {
    const inc = state.incident;
    if (!inc) return;
    await decided("Accepted", api(`/incidents/${encodeURIComponent(inc.incident_id)}/accept`, { method: "POST", body: { version: inc.version } }))
      .then(async () => {
        state.lastDecision = await lastDecisionOf(inc.incident_id);
        markDone(inc.incident_id, "accepted");
        await nextOpen();
      }).catch(() => {});
  }

  function closeDialog() {
    state.dialog = null;
    const box = document.getElementById("dialog");
    if (box) clear(box);
  }

  function valueInput(name) {
    const spec = vocabulary.editable_fields[name] || { kind: "text", choices: [] };
    const inc = state.incident;
    if (spec.kind === "choice") {
      return el("select", { name: "value", id: "edit-value" }, spec.choices.map((c) => el("option", { value: c, selected: inc[name] === c }, c)));
    }
    if (spec.kind === "location") {
      const loc = inc.location || {};
      return el("div", { id: "edit-value" },
        ["name", "admin1", "country", "lat", "lon"].map((k) => el("label", {}, k, el("input", { name: "loc-" + k, value: loc[k] ?? "" }))));
    }
    const current = inc[name];
    const shown = Array.isArray(current) ? current.join(", ") : (current ?? "");
    const type = spec.kind === "int" || spec.kind === "float" ? "number" : spec.kind === "date" ? "date" : "text";
    return el("input", { name: "value", id: "edit-value", type, value: shown, step: spec.kind === "float" ? "any" : null, min: spec.kind === "int" ? "0" : null });
  }

  function readValue(form, name) {
    const spec = vocabulary.editable_fields[name] || { kind: "text" };
    if (spec.kind === "location") {
      const get = (k) => form.elements["loc-" + k].value.trim();
      const num = (k) => (get(k) === "" ? null : Number(get(k)));
      return { name: get("name") || null, admin1: get("admin1") || null, country: get("country").toUpperCase() || null, lat: num("lat"), lon: num("lon") };
    }
    const raw = form.elements.value.value.trim();
    if (spec.kind === "list") return raw ? raw.split(",").map((x) => x.trim()).filter(Boolean) : [];
    if (raw === "") return null;
    if (spec.kind === "int") return parseInt(raw, 10);
    if (spec.kind === "float") return Number(raw);
    return raw;
  }

  function openDialog(kind) {
    const inc = state.incident;
    if (!inc) return;
    const box = document.getElementById("dialog");
    clear(box);
    state.dialog = kind;
    const reason = (required) => el("label", {}, required ? "Why (required)" : "Why", el("input", { name: "reason", id: "reason", required, autocomplete: "off" }));
    let form;
    if (kind === "reject") {
      form = el("form", { class: "dialog", id: "reject-form" }, el("h3", {}, "Reject this incident"), reason(true),
        el("button", { type: "submit", class: "primary" }, "Reject"), " ", el("button", { type: "button", onclick: closeDialog }, "Cancel"));
      form.addEventListener("submit", (event) => { event.preventDefault(); reject(form); });
    } else if (kind === "edit") {
      const names = Object.keys(vocabulary.editable_fields);
      const fieldSelect = el("select", { name: "field", id: "edit-field" }, names.map((n) => el("option", { value: n }, n)));
      const slot = el("div", {}, valueInput(names[0]));
      fieldSelect.addEventListener("change", () => { clear(slot).append(valueInput(fieldSelect.value)); });
      form = el("form", { class: "dialog", id: "edit-form" }, el("h3", {}, "Edit a field"),
        el("label", {}, "Field", fieldSelect), el("label", {}, "New value", slot), reason(true),
        el("button", { type: "submit", class: "primary" }, "Save"), " ", el("button", { type: "button", onclick: closeDialog }, "Cancel"));
      form.addEventListener("submit", (event) => { event.preventDefault(); edit(form); });
    } else if (kind === "merge") {
      const others = [...state.marked].filter((id) => id !== inc.incident_id);
      form = el("form", { class: "dialog", id: "merge-form" }, el("h3", {}, "Merge into this incident"),
        el("label", {}, "Incidents to merge into it (ids, comma-separated; mark queue items with x)",
          el("input", { name: "others", id: "merge-others", value: others.join(", "), required: true, autocomplete: "off" })),
        reason(false),
        el("button", { type: "submit", class: "primary" }, "Merge"), " ", el("button", { type: "button", onclick: closeDialog }, "Cancel"));
      form.addEventListener("submit", (event) => { event.preventDefault(); merge(form); });
    } else if (kind === "split") {
      form = el("form", { class: "dialog", id: "split-form" }, el("h3", {}, "Split reports off into a new incident"),
        inc.sources.map((s) => el("label", {}, el("input", { type: "checkbox", name: "event", value: s.event_id }), ` ${s.publisher || s.document_id}: `, el("q", {}, s.evidence.text))),
        reason(false),
        el("button", { type: "submit", class: "primary" }, "Split"), " ", el("button", { type: "button", onclick: closeDialog }, "Cancel"));
      form.addEventListener("submit", (event) => { event.preventDefault(); split(form); });
    }
    box.append(form);
    const first = form.querySelector("input:not([type=checkbox]), select");
    if (kind === "split") form.querySelector("input").focus(); else if (first) first.focus();
  }

  async function reject(form) {
    const inc = state.incident;
    await decided("Rejected", api(`/incidents/${encodeURIComponent(inc.incident_id)}/reject`, { method: "POST", body: { version: inc.version, reason: form.elements.reason.value } }))
      .then(async () => {
        state.lastDecision = await lastDecisionOf(inc.incident_id);
        markDone(inc.incident_id, "rejected");
        await nextOpen();
      }).catch(() => {});
  }

  async function edit(form) {
    const inc = state.incident;
    const field = form.elements.field.value;
    const changes = { [field]: readValue(form, field) };
    await decided(`Edited ${field}`, api(`/incidents/${encodeURIComponent(inc.incident_id)}`, { method: "PATCH", body: { version: inc.version, changes, reason: form.elements.reason.value } }))
      .then(async (updated) => {
        state.lastDecision = await lastDecisionOf(inc.incident_id);
        markDone(inc.incident_id, "edited");
        state.incident = updated;
        renderQueue();
        renderIncident(updated);
      }).catch(() => {});
  }

  async function merge(form) {
    const inc = state.incident;
    const others = form.elements.others.value.split(",").map((x) => x.trim()).filter(Boolean);
    const reason = form.elements.reason.value || null;
    await decided("Merged", api("/incidents/merge", { method: "POST", body: { incident_ids: [inc.incident_id, ...others], reason } }))
      .then(async (result) => {
        state.lastDecision = await lastDecisionOf(result.incident_id);
        for (const id of others) { markDone(id, "merged"); state.marked.delete(id); }
        state.marked.delete(inc.incident_id);
        await load(result.incident_id);
        renderQueue();
      }).catch(() => {});
  }

  async function split(form) {
    const inc = state.incident;
    const events = [...form.querySelectorAll('input[name="event"]:checked')].map((box) => box.value);
    if (!events.length) { say("Tick the reports to move into the new incident.", false); return; }
    await decided("Split", api(`/incidents/${encodeURIComponent(inc.incident_id)}/split`, { method: "POST", body: { event_ids: events, reason: form.elements.reason.value || null } }))
      .then(async (result) => {
        state.lastDecision = await lastDecisionOf(result.incident_id);
        const created = await api("/incidents/" + encodeURIComponent(result.incident_id));
        state.items.splice(state.index + 1, 0, {
          incident_id: created.incident_id, event_type: created.event_type, date_start: created.date_start,
          location_name: created.location ? created.location.name : null, country: created.location ? created.location.country : null,
          confidence: created.confidence, sources: created.sources.length,
        });
        await load(inc.incident_id);
        renderQueue();
      }).catch(() => {});
  }

  async function undoLast() {
    if (!state.lastDecision) { say("Nothing of yours to undo in this session.", false); return; }
    const id = state.lastDecision;
    await decided(`Undid decision #${id}`, api(`/decisions/${id}/undo`, { method: "POST", body: {} }))
      .then(async (undo) => {
        state.lastDecision = null;
        for (const incidentId of undo.incident_ids) {
          const item = state.items.find((x) => x.incident_id === incidentId);
          if (item) item.done = null;
        }
        renderQueue();
        if (state.items[state.index]) await load(state.items[state.index].incident_id);
      }).catch(() => {});
  }

  function toggleMark() {
    const item = state.items[state.index];
    if (!item) return;
    if (state.marked.has(item.incident_id)) state.marked.delete(item.incident_id); else state.marked.add(item.incident_id);
    renderQueue();
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape") { closeDialog(); help.hidden = true; return; }
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement || event.target instanceof HTMLTextAreaElement;
    if (typing) return;
    const actions = {
      j: () => select(state.index + 1), ArrowDown: () => select(state.index + 1),
      k: () => select(state.index - 1), ArrowUp: () => select(state.index - 1),
      a: accept, r: () => openDialog("reject"), e: () => openDialog("edit"), m: () => openDialog("merge"),
      s: () => { if (state.incident && state.incident.sources.length > 1) openDialog("split"); },
      x: toggleMark, u: undoLast,
      o: () => { if (state.incident) window.location.href = "/incidents/" + encodeURIComponent(state.incident.incident_id); },
      "?": () => { help.hidden = !help.hidden; },
    };
    const action = actions[event.key];
    if (action) { event.preventDefault(); action(); }
  });

  // The queue, and the incident asked for in ?incident= first if it is not in it.
  try {
    const page = await api("/review?limit=100");
    state.items = page.items;
    const first = document.getElementById("review").dataset.first;
    if (first) {
      let at = state.items.findIndex((x) => x.incident_id === first);
      if (at < 0) {
        const inc = await api("/incidents/" + encodeURIComponent(first));
        state.items.unshift({ incident_id: inc.incident_id, event_type: inc.event_type, date_start: inc.date_start,
          location_name: inc.location ? inc.location.name : null, country: inc.location ? inc.location.country : null,
          confidence: inc.confidence, sources: inc.sources.length, done: inc.status === "machine" ? null : inc.status });
        at = 0;
      }
      state.index = at;
    }
  } catch (error) {
    clear(current).append(el("p", { class: "error" }, "Could not load the queue: " + error.message));
    return;
  }
  if (!state.items.length) {
    clear(current).append(el("p", {}, "Nothing awaits review."));
    renderQueue();
    return;
  }
  await select(state.index);
  document.getElementById("review").dataset.ready = "1";
})();
