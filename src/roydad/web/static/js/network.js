// Actor network (network page, and the actor page's neighbourhood): parties as nodes sized by
// their incidents, an edge from a party to an incident's recipients per event type and relation
// (acted on: solid; claimed: dashed; blamed for: dotted), weighted by incidents. Positions come
// from forceLayout (labels never overlap); Cytoscape draws them and handles zoom and clicks.
"use strict";

(async () => {
  const box = document.getElementById("graph");
  if (!box) return;
  const form = document.getElementById("network-filters");
  const status = document.getElementById("network-status");
  const vocabulary = await roydad.vocabulary();
  const FONT_SIZE = 11, FONT = "sans-serif", LABEL_HEIGHT = 14, LABEL_MAX = 170;
  const LINE = { acted: "solid", claimed: "dashed", blamed: "dotted" };
  const VERB = { acted: "acted on", claimed: "claimed an attack on", blamed: "was blamed for an attack on" };
  const measure = document.createElement("canvas").getContext("2d");
  measure.font = `${FONT_SIZE}px ${FONT}`;
  let cy = null;

  function query() {
    const params = new URLSearchParams();
    if (form) {
      for (const [key, value] of new FormData(form).entries()) if (value) params.set(key, value);
    }
    if (box.dataset.actor) params.set("actor", box.dataset.actor);
    return params.toString();
  }

  function say(text) { if (status) status.textContent = text; }

  const nodeSize = (incidents) => Math.min(64, 14 + 8 * Math.sqrt(incidents));

  function positions(graph) {
    const nodes = graph.nodes.map((n) => ({
      id: n.id, size: nodeSize(n.incidents), labelHeight: LABEL_HEIGHT,
      labelWidth: Math.min(LABEL_MAX, measure.measureText(n.id).width + 2),
    }));
    const edges = graph.edges.map((e) => ({ source: e.source, target: e.target, weight: e.incidents }));
    return forceLayout.layout(nodes, edges);
  }

  function elements(graph, placed) {
    const maxWeight = Math.max(1, ...graph.edges.map((e) => e.incidents));
    return [
      ...graph.nodes.map((n) => ({
        data: { id: n.id, label: n.id, kind: n.kind, incidents: n.incidents, size: nodeSize(n.incidents) },
        position: placed.get(n.id),
      })),
      ...graph.edges.map((e, i) => ({ data: {
        id: "e" + i, source: e.source, target: e.target, type: e.event_type, relation: e.relation,
        weight: e.incidents, colour: vocabulary.type_colours[e.event_type] || "#888",
        width: 1 + 4 * (e.incidents / maxWeight), line: LINE[e.relation] || "solid",
      } })),
    ];
  }

  const STYLE = [
    // Labels come from data and are drawn on the canvas: never parsed as markup.
    { selector: "node", style: {
      label: "data(label)", "font-size": FONT_SIZE, "font-family": FONT, "text-valign": "bottom",
      "text-margin-y": forceLayout.GAP, "text-wrap": "ellipsis", "text-max-width": LABEL_MAX,
      width: "data(size)", height: "data(size)", "background-color": "#5a7894", color: "#1d2329",
      // A label stays readable where an edge passes under it.
      "text-background-color": "#f8fafb", "text-background-opacity": 0.85,
      "text-background-padding": 1,
    } },
    { selector: 'node[kind = "state"]', style: { shape: "round-rectangle", "background-color": "#2c3e50" } },
    { selector: 'node[kind = "group"]', style: { "background-color": "#8e2f2f" } },
    { selector: 'node[kind = "organization"]', style: { "background-color": "#8e2f2f" } },
    { selector: 'node[kind = "person"]', style: { "background-color": "#6b8e23" } },
    { selector: "node:selected", style: { "border-width": 3, "border-color": "#1f5f99" } },
    { selector: "edge", style: {
      width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
      "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.75,
      "line-style": "data(line)",
    } },
  ];

  async function draw() {
    say("Loading…");
    let graph;
    try {
      graph = await roydad.api("/network?" + query());
    } catch (error) {
      say("Could not load the network: " + error.message);
      return;
    }
    if (cy) cy.destroy();
    cy = cytoscape({
      container: box, elements: elements(graph, positions(graph)), style: STYLE,
      layout: { name: "preset", fit: true, padding: 24 }, wheelSensitivity: 0.3,
    });
    window.roydadNetwork = cy;  // for the browser tests
    cy.on("tap", "node", (event) => {
      window.location.href = "/actors/" + encodeURIComponent(event.target.id());
    });
    cy.on("mouseover", "edge", (event) => {
      const d = event.target.data();
      say(`${d.source} ${VERB[d.relation] || "→"} ${d.target}: ${d.type}, ${d.weight} incident${d.weight === 1 ? "" : "s"}`);
    });
    cy.on("mouseout", "edge", () => say(summary(graph)));
    say(summary(graph));
    box.dataset.nodes = String(graph.nodes.length);
    box.dataset.edges = String(graph.edges.length);
    box.dataset.ready = "1";
  }

  function summary(graph) {
    if (!graph.nodes.length) {
      return "No links in this selection: try all parties, a lower minimum or a longer period.";
    }
    return `${graph.nodes.length} parties, ${graph.edges.length} links` +
      (graph.truncated ? " (the heaviest only)" : "");
  }

  if (form) {
    form.addEventListener("submit", (event) => { event.preventDefault(); draw(); });
    const names = document.getElementById("actor-names");
    const actorInput = form.querySelector('input[name="actor"]');
    actorInput.addEventListener("input", async () => {
      if (actorInput.value.length < 2) return;
      const found = await roydad.api("/actors?limit=15&prefix=" + encodeURIComponent(actorInput.value));
      roydad.clear(names);
      for (const item of found) names.append(roydad.el("option", { value: item.value }));
    });
  }
  draw();
})();
