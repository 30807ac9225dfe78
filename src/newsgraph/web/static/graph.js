// Actor network: nodes are actors, edges say who criticises, supports or meets
// whom (colour = polarity, width = how often). Clicking a node opens the actor's
// page; clicking an edge opens the records behind it. Drawn with cytoscape
// (from npm, copied to /ui/static/vendor at install); without it the page keeps
// the table of edges rendered by the server.
(function () {
  "use strict";
  var box = document.getElementById("graph");
  var source = document.getElementById("graph-data");
  if (!box || !source) { return; }
  var data = JSON.parse(source.textContent);
  if (typeof window.cytoscape !== "function") {
    box.innerHTML = '<p class="fallback">The graph library is not installed (run <code>npm ci</code> then ' +
      '<code>python -m newsgraph.web.assets</code>); the table below lists the same links.</p>';
    box.style.height = "auto";
    return;
  }
  var colours = { positive: "#2b8a3e", negative: "#c92a2a", neutral: "#868e96" };
  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({ data: { id: n.id, label: n.label, url: n.url, weight: n.weight || 1, type: n.type || "" } });
  });
  // Pairs joined by several relations need longer edges so the parallel curves stay apart.
  var parallel = {};
  data.edges.forEach(function (e) {
    var key = [e.source, e.target].sort().join(" ");
    parallel[key] = (parallel[key] || 0) + 1;
  });
  data.edges.forEach(function (e, i) {
    var key = [e.source, e.target].sort().join(" ");
    elements.push({ data: { id: "edge" + i, source: e.source, target: e.target, url: e.url, parallel: parallel[key],
      label: e.label || "", count: e.count || 1, colour: colours[e.polarity] || colours.neutral } });
  });
  var cy = window.cytoscape({
    container: box,
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: {
        "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
        "background-color": "#1f5fa8", "color": "#1d232a",
        "width": "mapData(weight, 1, 20, 14, 44)", "height": "mapData(weight, 1, 20, 14, 44)" } },
      { selector: "node[type = 'ORG'], node[type = 'NORP']", style: { "background-color": "#9c36b5" } },
      { selector: "node[type = 'GPE'], node[type = 'LOC']", style: { "background-color": "#0b7285" } },
      { selector: "edge", style: {
        "curve-style": "bezier", "control-point-step-size": 28, "target-arrow-shape": "triangle", "arrow-scale": 0.9,
        "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "width": "mapData(count, 1, 10, 1.5, 7)", "label": "data(label)", "font-size": 9,
        "text-rotation": "autorotate", "color": "#5d6670", "text-background-color": "#fff",
        "text-background-opacity": 0.8 } },
      { selector: ":selected", style: { "overlay-opacity": 0.15 } }
    ],
    minZoom: 0.2,
    maxZoom: 3,
    layout: { name: data.nodes.length > 80 ? "circle" : "cose", animate: false, padding: 40,
      nodeDimensionsIncludeLabels: true, randomize: false, componentSpacing: 80,
      nodeRepulsion: function () { return 12000; }, idealEdgeLength: function (edge) { return 90 + 45 * (edge.data("parallel") - 1); } }
  });
  // Small graphs would be zoomed in until labels are huge: cap the initial zoom;
  // large ones zoomed out until labels vanish: scale label size to stay readable.
  if (cy.zoom() > 1.1) { cy.zoom(1.1); cy.center(); }
  var z = cy.zoom();
  cy.style().selector("node").style("font-size", 12 / z).selector("edge").style("font-size", 9 / z).update();
  cy.on("tap", "node, edge", function (ev) {
    var url = ev.target.data("url");
    if (url) { window.location.href = url; }
  });
  box.dataset.rendered = String(cy.nodes().length);
  window.newsgraphGraph = cy;  // for tests and the console
})();
