// Timeline page: incidents (or killed) per week or month, stacked by type; a click on a bar
// lists that period's incidents of that type.
"use strict";

(async () => {
  const canvas = document.getElementById("timeline");
  const status = document.getElementById("timeline-status");
  const intervalSelect = document.getElementById("interval");
  const params = new URLSearchParams(location.search);
  if (params.get("interval") === "week") intervalSelect.value = "week";
  const vocabulary = await roydad.vocabulary();
  let chart = null;

  // Every period from the first to the last, empty ones included, so the time axis is even.
  const iso = (d) => d.toISOString().slice(0, 10);
  function step(day, interval, sign = 1) {
    const d = new Date(day + "T00:00:00Z");
    if (interval === "week") d.setUTCDate(d.getUTCDate() + 7 * sign);
    else d.setUTCMonth(d.getUTCMonth() + sign);
    return iso(d);
  }
  function periodEnd(day, interval) {
    const d = new Date(step(day, interval) + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() - 1);
    return iso(d);
  }
  function everyPeriod(found, interval) {
    if (!found.length) return [];
    const all = [];
    for (let p = found[0]; p <= found[found.length - 1] && all.length < 5000; p = step(p, interval)) all.push(p);
    return all;
  }

  async function draw() {
    const interval = intervalSelect.value;
    const measure = document.querySelector('input[name="measure"]:checked').value;
    status.textContent = "Loading…";
    let data;
    try {
      data = await roydad.api(`/timeline?interval=${interval}&${canvas.dataset.query}`);
    } catch (error) {
      status.textContent = "Could not load the timeline: " + error.message;
      return;
    }
    const periods = everyPeriod([...new Set(data.buckets.map((b) => b.period))].sort(), interval);
    const ends = new Map(periods.map((p) => [p, periodEnd(p, interval)]));
    const types = [...new Set(data.buckets.map((b) => b.event_type))].sort();
    const value = new Map(data.buckets.map((b) => [b.period + "|" + b.event_type, measure === "count" ? b.count : b.fatalities]));
    const datasets = types.map((type) => ({
      label: type,
      backgroundColor: vocabulary.type_colours[type] || "#555",
      data: periods.map((p) => value.get(p + "|" + type) || 0),
    }));
    if (chart) chart.destroy();
    chart = new Chart(canvas, {
      type: "bar",
      data: { labels: periods, datasets },
      options: {
        animation: false, maintainAspectRatio: false,
        scales: { x: { stacked: true, title: { display: true, text: interval + " starting" } },
                  y: { stacked: true, beginAtZero: true, title: { display: true, text: measure === "count" ? "incidents" : "killed" } } },
        plugins: { legend: { position: "bottom" } },
        onClick(_event, elements) {
          if (!elements.length) return;
          const { datasetIndex, index } = elements[0];
          const query = new URLSearchParams(canvas.dataset.query);
          query.set("type", types[datasetIndex]);
          query.set("since", periods[index]);
          query.set("until", ends.get(periods[index]));
          window.location.href = "/incidents?" + query.toString();
        },
      },
    });
    const total = data.buckets.reduce((sum, b) => sum + b.count, 0);
    status.textContent = `${total} dated incidents in ${periods.length} ${interval}s`;
    canvas.dataset.bars = String(data.buckets.length);
    canvas.dataset.ready = "1";
  }

  intervalSelect.addEventListener("change", draw);
  for (const radio of document.querySelectorAll('input[name="measure"]')) radio.addEventListener("change", draw);
  draw();
})();
