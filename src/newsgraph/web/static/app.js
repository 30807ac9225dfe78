// newsgraph web UI: layer toggles and "jump to the evidence" on article pages.
// Plain JS, no library; every page works without it (links are real URLs).
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  if (!text) { return; }

  // Layer toggles: a class on the text container hides one layer's styling.
  document.querySelectorAll("[data-layer-toggle]").forEach(function (box) {
    box.addEventListener("change", function () {
      text.classList.toggle("hide-" + box.dataset.layerToggle, !box.checked);
    });
  });

  function activate(id) {
    text.querySelectorAll("mark.ng-active").forEach(function (m) { m.classList.remove("ng-active"); });
    var marks = text.querySelectorAll('mark[data-id="' + CSS.escape(id) + '"]');
    marks.forEach(function (m) { m.classList.add("ng-active"); });
    if (marks.length) { marks[0].scrollIntoView({ block: "center", behavior: "smooth" }); }
    return marks.length;
  }

  // Side-list links highlight every fragment of their annotation, not only the anchor.
  document.querySelectorAll("a.jump[data-target]").forEach(function (link) {
    link.addEventListener("click", function (ev) {
      if (activate(link.dataset.target)) { ev.preventDefault(); history.replaceState(null, "", link.hash); }
    });
  });

  // Arriving with ?hl=<id> (server marks it) or #layer-id: scroll to it.
  var focus = text.querySelector("mark.ng-focus");
  if (focus) { focus.scrollIntoView({ block: "center" }); }
  else if (location.hash.length > 1) {
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (el && el.dataset.id) { activate(el.dataset.id); }
  }
})();
