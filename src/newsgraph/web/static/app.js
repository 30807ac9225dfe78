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

  // Clicking the text shows every annotation under the pointer (innermost first), with
  // links to the entity's or the speaker's page: the hover title, made clickable.
  var pop = document.createElement("div");
  pop.className = "ng-popover";
  pop.hidden = true;
  document.body.appendChild(pop);
  text.addEventListener("click", function (ev) {
    var marks = [];
    for (var el = ev.target; el && el !== text; el = el.parentElement) {
      if (el.tagName === "MARK" && !text.classList.contains("hide-" + el.dataset.layer)) { marks.push(el); }
    }
    if (!marks.length) { pop.hidden = true; return; }
    pop.textContent = "";
    marks.forEach(function (m) {
      var row = document.createElement("div");
      var label = document.createElement("span");
      label.className = "tag";
      label.textContent = m.dataset.layer;
      row.appendChild(label);
      row.appendChild(document.createTextNode(" " + (m.title || m.dataset.id) + " "));
      if (m.dataset.href) {
        var a = document.createElement("a");
        a.href = m.dataset.href;
        a.textContent = m.dataset.layer === "quotes" ? "speaker →" : "page →";
        row.appendChild(a);
      }
      pop.appendChild(row);
    });
    pop.style.left = (ev.pageX + 8) + "px";
    pop.style.top = (ev.pageY + 12) + "px";
    pop.hidden = false;
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { pop.hidden = true; } });
  document.addEventListener("click", function (ev) {
    if (!text.contains(ev.target) && !pop.contains(ev.target)) { pop.hidden = true; }
  });

  // Arriving with ?hl=<id> (server marks it) or #layer-id: scroll to it.
  var focus = text.querySelector("mark.ng-focus");
  if (focus) { focus.scrollIntoView({ block: "center" }); }
  else if (location.hash.length > 1) {
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (el && el.dataset.id) { activate(el.dataset.id); }
  }
})();
