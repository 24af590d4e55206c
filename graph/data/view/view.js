/* srgraph interactive view: bands per party, filters, search, provenance, matrix and CSV.
   Reads the JSON in #srgraph-data; builds every element with DOM calls (no innerHTML). */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("srgraph-data").textContent);
  var RACI = { R: "responsible", A: "accountable", C: "consulted", I: "informed" };
  var byId = {};
  data.duties.forEach(function (d) { byId[d.id] = d; });
  var parties = {};
  data.parties.forEach(function (p) { parties[p.id] = p; });
  var documents = {};
  data.documents.forEach(function (d) { documents[d.id] = d; });
  var state = { search: "", doc: "", model: "", raci: { R: true, A: true, C: true, I: true },
                parties: {}, concerns: true, orphans: true, view: "graph", picked: null };

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }
  function tint(hex, amount) {
    var c = [1, 3, 5].map(function (i) { return parseInt(hex.slice(i, i + 2), 16); });
    return "rgb(" + c.map(function (v) { return Math.round(v + (255 - v) * amount); }).join(",") + ")";
  }
  function checkbox(container, name, value, checked, onchange) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox"; box.checked = checked; box.value = value; box.name = name;
    box.addEventListener("change", function () { onchange(box.checked); });
    label.appendChild(box); label.appendChild(document.createTextNode(" " + value));
    container.appendChild(label);
  }

  /* ---- controls ---- */
  Object.keys(RACI).forEach(function (code) {
    checkbox(document.getElementById("raci"), "raci", code, true, function (on) { state.raci[code] = on; update(); });
  });
  var partyNames = [];
  data.parties.forEach(function (p) { if (partyNames.indexOf(p.label) < 0) { partyNames.push(p.label); } });
  partyNames.forEach(function (name) {
    state.parties[name] = true;
    checkbox(document.getElementById("parties"), "party", name, true, function (on) { state.parties[name] = on; update(); });
  });
  data.documents.forEach(function (d) {
    var option = el("option", d.title + (d.source ? " (" + d.source + ")" : ""));
    option.value = d.id; document.getElementById("document").appendChild(option);
  });
  data.models.forEach(function (m) {
    var option = el("option", m); option.value = m; document.getElementById("model").appendChild(option);
  });
  document.getElementById("search").addEventListener("input", function (e) { state.search = e.target.value.trim().toLowerCase(); update(); });
  document.getElementById("document").addEventListener("change", function (e) { state.doc = e.target.value; update(); });
  document.getElementById("model").addEventListener("change", function (e) { state.model = e.target.value; update(); });
  document.getElementById("concerns").addEventListener("change", function (e) { state.concerns = e.target.checked; update(); });
  document.getElementById("orphans").addEventListener("change", function (e) { state.orphans = e.target.checked; update(); });
  document.getElementById("show-graph").addEventListener("click", function () { show("graph"); });
  document.getElementById("show-matrix").addEventListener("click", function () { show("matrix"); });
  document.getElementById("csv").addEventListener("click", download);

  /* ---- the graph ---- */
  var elements = [];
  data.parties.forEach(function (p) {
    elements.push({ group: "nodes", data: { id: p.id, label: p.label + (p.role && p.role.toLowerCase() !== p.label.toLowerCase() ? " (" + p.role + ")" : ""), kind: "band", fill: tint(p.colour, 0.88), line: p.colour } });
  });
  data.duties.forEach(function (d) {
    var p = parties[d.band];
    var codes = d.raci && d.raci !== "R" ? d.raci + " · " : "";
    elements.push({ group: "nodes", classes: (d.party ? "duty" : "duty orphan") + (d.concerns.length ? " shared" : ""),
      data: { id: d.id, parent: d.band, label: codes + d.label, kind: "duty", fill: tint(p.colour, 0.55), line: p.colour },
      position: { x: d.x, y: d.y } });
  });
  data.concerns.forEach(function (c) {
    elements.push({ group: "nodes", classes: "concern", data: { id: c.id, label: c.label, kind: "concern" }, position: { x: c.x, y: c.y } });
  });
  data.edges.forEach(function (e) {
    elements.push({ group: "edges", data: { id: e.id, source: e.source, target: e.target } });
  });
  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: elements,
    layout: { name: "preset" },
    style: [
      { selector: "node", style: { "label": "data(label)", "font-size": 11, "text-wrap": "wrap", "text-max-width": 170, "text-valign": "center", "color": "#1a1a1a" } },
      { selector: "node.duty", style: { "shape": "round-rectangle", "width": 180, "height": 62, "background-color": "data(fill)", "border-color": "data(line)", "border-width": 1 } },
      { selector: "node.orphan", style: { "border-color": "#d55e00", "border-width": 3, "border-style": "dashed" } },
      { selector: "node.shared.lit", style: { "border-width": 3, "border-color": "#1a1a1a" } },
      { selector: "node.concern", style: { "shape": "diamond", "width": 34, "height": 34, "background-color": "#ffffff", "border-color": "#1a1a1a", "border-width": 2, "text-valign": "bottom", "text-margin-y": 4 } },
      { selector: "node[kind = 'band']", style: { "shape": "rectangle", "background-color": "data(fill)", "border-color": "data(line)", "border-width": 2, "text-valign": "top", "text-halign": "center", "font-size": 14, "font-weight": "bold", "padding": 14, "text-max-width": 900 } },
      { selector: "edge", style: { "width": 1.4, "line-color": "#333333", "line-style": "dashed", "curve-style": "bezier", "opacity": 0.35 } },
      { selector: "edge.lit", style: { "opacity": 1, "width": 2 } },
      { selector: ".off", style: { "display": "none" } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#000000" } }
    ]
  });
  cy.on("tap", "node.duty", function (e) { pick(e.target.id()); });

  /* ---- filtering ---- */
  function matches(d) {
    if (state.doc && d.doc !== state.doc) { return false; }
    if (!d.party) { if (!state.orphans) { return false; } }
    else {
      if (!state.parties[parties[d.band].label]) { return false; }
      if (!d.raci.split("").some(function (c) { return state.raci[c]; })) { return false; }
    }
    if (state.model && d.models.indexOf(state.model) < 0) { return false; }
    if (state.search) {
      var text = [d.label, d.description, d.quote, d.section].join("\n").toLowerCase();
      if (text.indexOf(state.search) < 0) { return false; }
    }
    return true;
  }
  function visible() { return data.duties.filter(matches); }
  function update() {
    var shown = {};
    visible().forEach(function (d) { shown[d.id] = true; });
    cy.batch(function () {
      cy.nodes(".duty").forEach(function (n) { n.toggleClass("off", !shown[n.id()]); });
      cy.nodes(".concern").forEach(function (n) {
        var any = n.connectedEdges().connectedNodes(".duty").some(function (m) { return shown[m.id()]; });
        n.toggleClass("off", !any);
      });
      cy.nodes("[kind = 'band']").forEach(function (n) {
        n.toggleClass("off", !n.children().some(function (m) { return shown[m.id()]; }));
      });
      cy.nodes(".shared").toggleClass("lit", state.concerns);
      cy.edges().toggleClass("lit", state.concerns);
    });
    var total = data.duties.length, count = Object.keys(shown).length;
    document.getElementById("count").textContent = count + " of " + total + " duties shown";
    if (state.view === "matrix") { matrix(); }
  }

  /* ---- details ---- */
  function row(dl, term, value) {
    dl.appendChild(el("dt", term));
    var dd = el("dd", value);
    dl.appendChild(dd);
    return dd;
  }
  function pick(id) {
    var d = byId[id];
    state.picked = id;
    var panel = document.getElementById("details");
    panel.textContent = "";
    panel.appendChild(el("h2", d.label));
    var dl = el("dl");
    row(dl, "party", d.party ? parties[d.band].label : "nobody (orphan)");
    if (d.raci) { row(dl, "RACI", d.raci.split("").map(function (c) { return c + " (" + RACI[c] + ")"; }).join(", ")); }
    if (d.models.length) { row(dl, "service models", d.models.join(", ") + (d.shared ? " · shared" : "")); }
    var lines = d.start === null ? "unknown" : (d.start === d.end ? "line " + d.start : "lines " + d.start + "–" + d.end);
    row(dl, "source", lines).id = "detail-lines";
    row(dl, "section", d.section || "(none)").id = "detail-section";
    var quote = row(dl, "quote", "");
    var block = el("blockquote", d.quote); block.id = "detail-quote"; quote.appendChild(block);
    var doc = documents[d.doc];
    row(dl, "document", doc.title + (doc.source ? " (" + doc.source + ")" : ""));
    row(dl, "document hash", doc.hash).id = "detail-hash";
    row(dl, "IRI", d.iri).id = "detail-iri";
    if (d.concerns.length) {
      row(dl, "shared concern", d.concerns.map(function (c) { return cy.getElementById(c).data("label"); }).join("; "));
    }
    panel.appendChild(dl);
  }

  /* ---- matrix and CSV ---- */
  function table() {
    var shown = visible();
    var columns = [];
    shown.forEach(function (d) { var name = d.party ? parties[d.band].label : "(nobody)"; if (columns.indexOf(name) < 0) { columns.push(name); } });
    var rows = [], index = {};
    shown.forEach(function (d) {
      var key = d.doc + " " + d.iri;
      if (!(key in index)) { index[key] = rows.length; rows.push({ duty: d, cells: {} }); }
      var name = d.party ? parties[d.band].label : "(nobody)";
      rows[index[key]].cells[name] = (d.raci || "–") + (d.models.length ? " [" + d.models.join(" ") + "]" : "");
    });
    return { columns: columns, rows: rows };
  }
  function matrix() {
    var t = table(), html = document.getElementById("matrix-table");
    html.textContent = "";
    var head = el("tr");
    ["duty", "section", "lines"].concat(t.columns).forEach(function (c) { head.appendChild(el("th", c)); });
    var thead = el("thead"); thead.appendChild(head); html.appendChild(thead);
    var body = el("tbody");
    t.rows.forEach(function (r) {
      var tr = el("tr");
      tr.appendChild(el("td", r.duty.label));
      tr.appendChild(el("td", r.duty.section));
      tr.appendChild(el("td", r.duty.start === null ? "" : r.duty.start + "–" + r.duty.end));
      t.columns.forEach(function (c) { tr.appendChild(el("td", r.cells[c] || "", "code")); });
      tr.addEventListener("click", function () { pick(r.duty.id); });
      body.appendChild(tr);
    });
    html.appendChild(body);
  }
  function csvField(value) {
    var text = String(value === null || value === undefined ? "" : value);
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function csv() {
    var t = table();
    var lines = [["duty", "iri", "section", "start", "end"].concat(t.columns).map(csvField).join(",")];
    t.rows.forEach(function (r) {
      var d = r.duty;
      lines.push([d.label, d.iri, d.section, d.start, d.end].concat(t.columns.map(function (c) { return r.cells[c] || ""; })).map(csvField).join(","));
    });
    return lines.join("\r\n") + "\r\n";
  }
  function download() {
    var blob = new Blob([csv()], { type: "text/csv;charset=utf-8" });
    var link = el("a");
    link.href = URL.createObjectURL(blob);
    link.download = "srgraph-duties.csv";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
  function show(view) {
    state.view = view;
    document.getElementById("cy").classList.toggle("off", view !== "graph");
    document.getElementById("matrix").hidden = view !== "matrix";
    document.getElementById("show-graph").setAttribute("aria-pressed", String(view === "graph"));
    document.getElementById("show-matrix").setAttribute("aria-pressed", String(view === "matrix"));
    if (view === "matrix") { matrix(); } else { cy.resize(); }
  }

  update();
  cy.fit(undefined, 20);
  window.srgraph = {
    cy: cy,
    visible: function () { return visible().map(function (d) { return d.id; }); },
    duty: function (id) { return byId[id]; },
    csv: csv,
    pick: pick
  };
})();
