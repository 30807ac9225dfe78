// Timeline: events per day, stacked by category. Clicking a bar opens the event
// table filtered to that day and category. Drawn with chart.js (from npm,
// copied to /ui/static/vendor at install); without it the server-rendered table
// below stays the only view.
(function () {
  "use strict";
  var canvas = document.getElementById("timeline");
  var source = document.getElementById("timeline-data");
  if (!canvas || !source) { return; }
  var data = JSON.parse(source.textContent);
  if (typeof window.Chart !== "function") {
    canvas.parentNode.innerHTML = '<p class="fallback">The chart library is not installed (run ' +
      '<code>npm ci</code> then <code>python -m newsgraph.web.assets</code>); the table below has the same counts.</p>';
    return;
  }
  var palette = ["#1f5fa8", "#d9480f", "#2b8a3e", "#9c36b5", "#0b7285", "#e67700", "#c92a2a",
    "#5c940d", "#364fc7", "#a61e4d", "#495057", "#087f5b"];
  var dates = data.dates;
  var datasets = data.series.map(function (s, i) {
    return { label: s.label, data: s.counts, urls: s.urls, backgroundColor: palette[i % palette.length],
      maxBarThickness: 48 };
  });
  var chart = new window.Chart(canvas, {
    type: "bar",
    data: { labels: dates, datasets: datasets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "bottom" } },
      onHover: function (ev, items) { ev.native.target.style.cursor = items.length ? "pointer" : "default"; },
      onClick: function (ev, items) {
        if (!items.length) { return; }
        var ds = datasets[items[0].datasetIndex];
        var url = ds.urls[items[0].index];
        if (url) { window.location.href = url; }
      }
    }
  });
  canvas.dataset.rendered = String(chart.data.labels.length);
})();
