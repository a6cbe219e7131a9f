// Actor network (network page, and the actor page's neighbourhood): actors as nodes, an edge
// from actor to recipient per event type, weighted by incidents; filterable by date.
"use strict";

(async () => {
  const box = document.getElementById("graph");
  if (!box) return;
  const form = document.getElementById("network-filters");
  const status = document.getElementById("network-status");
  const vocabulary = await roydad.vocabulary();
  let cy = null;

  function query() {
    const params = new URLSearchParams();
    if (form) {
      for (const [key, value] of new FormData(form).entries()) if (value) params.set(key, value);
    }
    if (box.dataset.actor) params.set("actor", box.dataset.actor);
    return params.toString();
  }

  async function draw() {
    if (status) status.textContent = "Loading…";
    let graph;
    try {
      graph = await roydad.api("/network?" + query());
    } catch (error) {
      if (status) status.textContent = "Could not load the network: " + error.message;
      return;
    }
    const maxWeight = Math.max(1, ...graph.edges.map((e) => e.incidents));
    const elements = [
      ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.id, kind: n.kind, incidents: n.incidents } })),
      ...graph.edges.map((e, i) => ({ data: {
        id: "e" + i, source: e.source, target: e.target, type: e.event_type, weight: e.incidents,
        colour: vocabulary.type_colours[e.event_type] || "#888",
        width: 1 + 5 * (e.incidents / maxWeight),
      } })),
    ];
    if (cy) cy.destroy();
    cy = cytoscape({
      container: box,
      elements,
      // Labels come from data and are drawn on the canvas: never parsed as markup.
      style: [
        { selector: "node", style: {
          label: "data(label)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 3,
          width: "mapData(incidents, 0, 20, 14, 46)", height: "mapData(incidents, 0, 20, 14, 46)",
          "background-color": "#5a7894", color: "#1d2329",
        } },
        { selector: 'node[kind = "state"]', style: { shape: "round-rectangle", "background-color": "#2c3e50" } },
        { selector: 'node[kind = "group"]', style: { "background-color": "#8e2f2f" } },
        { selector: 'node[kind = "person"]', style: { "background-color": "#6b8e23" } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#1f5f99" } },
        { selector: "edge", style: {
          width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
          "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.8,
          label: "data(type)", "font-size": 7, color: "#6b7680", "text-rotation": "autorotate",
        } },
      ],
      layout: { name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, randomize: false },
      wheelSensitivity: 0.3,
    });
    cy.on("tap", "node", (event) => {
      window.location.href = "/actors/" + encodeURIComponent(event.target.id());
    });
    if (status) {
      status.textContent = `${graph.nodes.length} actors, ${graph.edges.length} links` +
        (graph.truncated ? " (the heaviest only)" : "");
    }
    box.dataset.nodes = String(graph.nodes.length);
    box.dataset.edges = String(graph.edges.length);
    box.dataset.ready = "1";
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
