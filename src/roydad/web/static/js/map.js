// Map page: an offline basemap (Natural Earth countries from world-atlas, drawn as vectors) and
// the filtered incidents as markers sized by fatalities, coloured by type, clustered.
"use strict";

(async () => {
  const box = document.getElementById("map");
  const status = document.getElementById("map-status");
  const map = L.map(box, { worldCopyJump: true, minZoom: 2, maxZoom: 12, zoomSnap: 0.5 })
    .setView([30, 50], 3);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Boundaries: Natural Earth (world-atlas)");

  try {
    const world = await (await fetch(box.dataset.basemap)).json();
    L.geoJSON(topojson.feature(world, world.objects.countries), {
      style: { color: "#9aa9b6", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
      interactive: false,
    }).addTo(map);
  } catch (error) {
    status.textContent = "The basemap could not be loaded: " + error.message;
  }

  let vocabulary, data;
  try {
    [vocabulary, data] = await Promise.all([
      roydad.vocabulary(), roydad.api("/map?" + box.dataset.query),
    ]);
  } catch (error) {
    status.textContent = "Could not load the incidents: " + error.message;
    return;
  }
  const colours = vocabulary.type_colours;

  const clusters = L.markerClusterGroup({
    maxClusterRadius: 45,
    iconCreateFunction(cluster) {
      const n = cluster.getChildCount();
      const size = Math.round(26 + Math.min(24, Math.log2(n) * 4));
      const label = roydad.el("div", { class: "marker-count", style: { width: size + "px", height: size + "px" } }, String(n));
      return L.divIcon({ html: label, className: "", iconSize: [size, size] });
    },
  });

  const types = new Map();
  for (const p of data.points) {
    const dead = p.fatalities || 0;
    const marker = L.circleMarker([p.lat, p.lon], {
      radius: Math.min(28, 5 + 2.2 * Math.sqrt(dead)),
      color: "#ffffff", weight: 1, fillColor: colours[p.event_type] || "#555", fillOpacity: 0.85,
    });
    marker.bindPopup(() => roydad.el("div", {},
      roydad.chip(p.event_type, colours), " ", p.date_start || "undated",
      roydad.el("br"), p.location_name || "", " · killed: ", p.fatalities == null ? "unknown" : String(p.fatalities),
      " · ", p.certainty, roydad.el("br"),
      roydad.el("a", { href: "/incidents/" + encodeURIComponent(p.incident_id) }, "open the incident")));
    clusters.addLayer(marker);
    types.set(p.event_type, (types.get(p.event_type) || 0) + 1);
  }
  map.addLayer(clusters);
  if (data.points.length) map.fitBounds(clusters.getBounds(), { padding: [30, 30], maxZoom: 7 });

  const legend = L.control({ position: "bottomright" });
  legend.onAdd = () => {
    const div = roydad.el("div", { class: "legend" });
    for (const [type, n] of [...types.entries()].sort((a, b) => b[1] - a[1])) {
      div.append(roydad.chip(type, colours), " " + n, roydad.el("br"));
    }
    div.append("size: killed");
    return div;
  };
  if (types.size) legend.addTo(map);

  status.textContent = `${data.points.length} incidents on the map` +
    (data.truncated ? ` (the ${data.points.length} deadliest of ${data.total})` : "") +
    (data.without_coordinates ? ` · ${data.without_coordinates} without coordinates are not shown` : "");
  box.dataset.markers = String(data.points.length);
  box.dataset.ready = "1";
})();
