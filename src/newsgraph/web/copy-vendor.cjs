// Copies the built browser files of the npm packages the web UI uses from
// node_modules into src/newsgraph/web/static/vendor/ (git-ignored), so the
// libraries come from the registry at install time and are never committed.
// Run by `npm ci` (postinstall) or by hand: `node src/newsgraph/web/copy-vendor.cjs`.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..", "..", "..");
const target = path.join(__dirname, "static", "vendor");
const files = {
  "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
  "chart.umd.js": "chart.js/dist/chart.umd.js",
};

fs.mkdirSync(target, { recursive: true });
for (const [name, source] of Object.entries(files)) {
  const from = path.join(root, "node_modules", source);
  if (!fs.existsSync(from)) {
    console.error(`copy-vendor: missing ${from}; run npm ci first`);
    process.exitCode = 1;
    continue;
  }
  fs.copyFileSync(from, path.join(target, name));
  console.log(`copy-vendor: ${name}`);
}
