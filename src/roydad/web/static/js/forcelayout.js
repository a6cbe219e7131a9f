// A force-directed layout whose labels do not overlap, for the actor network.
//
// Each node is a box: its circle with its label centred below it. Nodes repel each other, edges
// pull their ends together, a weak gravity keeps the graph in one piece; as the simulation cools,
// overlapping boxes are pushed apart along the axis where they overlap least. Collision passes
// continue after the forces stop until no two boxes overlap (or a pass limit is reached), so
// every label stays readable. Deterministic: the same graph gives the same drawing.
"use strict";

const forceLayout = (() => {
  const GAP = 3;        // between a node's circle and its label
  const PADDING = 4;    // kept free around every box

  // nodes: [{id, size, labelWidth, labelHeight}], edges: [{source, target, weight}]
  // -> Map id -> {x, y} (the centre of the node's circle)
  function layout(nodes, edges, { iterations = 300, idealLength = 80 } = {}) {
    const boxes = nodes.map((n, k) => {
      // Start on a sunflower spiral: spread out, no two at one point.
      const angle = k * 2.399963, radius = 30 * Math.sqrt(k + 0.5);
      const width = Math.max(n.size, n.labelWidth) + 2 * PADDING;
      const height = n.size + GAP + n.labelHeight + 2 * PADDING;
      return { id: n.id, x: radius * Math.cos(angle), y: radius * Math.sin(angle), vx: 0, vy: 0,
               width, height, size: n.size, labelHeight: n.labelHeight };
    });
    const index = new Map(boxes.map((b, k) => [b.id, k]));
    const springs = edges
      .filter((e) => index.has(e.source) && index.has(e.target) && e.source !== e.target)
      .map((e) => [index.get(e.source), index.get(e.target), e.weight || 1]);
    const repulsion = idealLength * idealLength;

    for (let step = 0; step < iterations; step++) {
      const heat = 1 - step / iterations;
      forces(boxes, springs, repulsion, idealLength, heat);
      if (step > iterations / 3) collide(boxes);
    }
    for (let pass = 0; pass < 500 && collide(boxes); pass++) { /* until none overlaps */ }
    // The circle's centre sits above the box's centre by half the label and its gap.
    return new Map(boxes.map((b) => [b.id, { x: b.x, y: b.y - (GAP + b.labelHeight) / 2 }]));
  }

  function forces(boxes, springs, repulsion, idealLength, heat) {
    const n = boxes.length;
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        const p = boxes[a], q = boxes[b];
        let dx = p.x - q.x, dy = p.y - q.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = (a - b) * 0.1; dy = 0.1; d2 = dx * dx + dy * dy; }
        // Far apart, nodes no longer push: unlinked parts of the graph stay near each other.
        if (d2 > 16 * repulsion) continue;
        const push = repulsion / d2;
        p.vx += dx * push; p.vy += dy * push;
        q.vx -= dx * push; q.vy -= dy * push;
      }
    }
    for (const [a, b, weight] of springs) {
      const p = boxes[a], q = boxes[b];
      const dx = q.x - p.x, dy = q.y - p.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 0.1;
      const pull = (d - idealLength) / d * 0.05 * Math.min(3, 1 + Math.log(weight));
      p.vx += dx * pull; p.vy += dy * pull;
      q.vx -= dx * pull; q.vy -= dy * pull;
    }
    const limit = 40 * heat + 1;
    for (const box of boxes) {
      box.vx -= box.x * 0.04; box.vy -= box.y * 0.04;  // gravity to the centre
      const speed = Math.sqrt(box.vx * box.vx + box.vy * box.vy);
      const scale = speed > limit ? limit / speed : 1;
      box.x += box.vx * scale; box.y += box.vy * scale;
      box.vx *= 0.5; box.vy *= 0.5;
    }
  }

  // One pass pushing every overlapping pair apart; answers whether any pair overlapped.
  function collide(boxes) {
    let overlapped = false;
    const order = boxes.map((b, k) => k).sort((a, b) => left(boxes[a]) - left(boxes[b]));
    for (let s = 0; s < order.length; s++) {
      const p = boxes[order[s]];
      for (let t = s + 1; t < order.length; t++) {
        const q = boxes[order[t]];
        if (left(q) >= right(p)) break;  // sorted by left edge: no later box reaches p
        const ox = Math.min(right(p), right(q)) - Math.max(left(p), left(q));
        const oy = Math.min(p.y + p.height / 2, q.y + q.height / 2) -
                   Math.max(p.y - p.height / 2, q.y - q.height / 2);
        if (ox <= 0 || oy <= 0) continue;
        overlapped = true;
        if (ox < oy) {
          const shift = (ox / 2 + 0.5) * (p.x <= q.x ? 1 : -1);
          p.x -= shift; q.x += shift;
        } else {
          const shift = (oy / 2 + 0.5) * (p.y <= q.y ? 1 : -1);
          p.y -= shift; q.y += shift;
        }
      }
    }
    return overlapped;
  }

  const left = (b) => b.x - b.width / 2;
  const right = (b) => b.x + b.width / 2;

  return { layout, PADDING, GAP };
})();
