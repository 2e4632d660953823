"""GET /: the editors' page. Paste articles or drop files, see the HTML report in place.

One self-contained page (it works offline: nothing is loaded from elsewhere). Its
Content-Security-Policy is the HTML report's (`factdiff.report.html.CSP`: no
remote load, no form, no base URL, only hashed inline blocks), with the page's
own inline script and style hashes beside the report's, and `connect-src 'self'`
so that its script may post the articles to /v1/check. The report comes back as
text and is shown in a sandboxed `srcdoc` frame, where the report's own script
(allowed by its hash) runs its filters.
"""

from __future__ import annotations

from factdiff.report import html as report_html

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4}
header{padding:12px 20px;background:#1d2b3a;color:#fff}
header h1{font-size:18px;margin:0}
main{display:grid;grid-template-columns:minmax(320px,38%) 1fr;gap:16px;padding:16px}
#drop{border:2px dashed #8a97a6;border-radius:8px;padding:14px;background:#fff;text-align:center}
#drop.over{background:#e8f0fb;border-color:#2a6ebb}
textarea{width:100%;box-sizing:border-box;min-height:130px;margin:6px 0;font:13px/1.4 monospace}
ul#files{list-style:none;padding:0;margin:8px 0;text-align:left}
ul#files li{padding:2px 0}
button{font:inherit;padding:6px 14px;margin:4px 6px 4px 0;cursor:pointer}
#status{margin:8px 0;font-weight:600}
#status.error{color:#b00020}
iframe{width:100%;height:calc(100vh - 110px);border:1px solid #ccd;background:#fff}
label{display:block;margin-top:8px;font-size:13px}
""".strip()

_JS = """
(function () {
  "use strict";
  var files = [];
  var drop = document.getElementById("drop");
  var list = document.getElementById("files");
  var texts = document.getElementById("texts");
  var status = document.getElementById("status");
  var frame = document.getElementById("report");
  function showFiles() {
    list.textContent = "";
    files.forEach(function (f, i) {
      var li = document.createElement("li");
      li.textContent = f.name + " (" + f.size + " bytes) ";
      var rm = document.createElement("button");
      rm.type = "button";
      rm.textContent = "remove";
      rm.addEventListener("click", function () { files.splice(i, 1); showFiles(); });
      li.appendChild(rm);
      list.appendChild(li);
    });
  }
  function addFiles(fileList) {
    for (var i = 0; i < fileList.length; i++) { files.push(fileList[i]); }
    showFiles();
  }
  function addText() {
    var t = document.createElement("textarea");
    t.placeholder = "Paste an article here (text, Markdown or HTML)";
    t.className = "article";
    texts.appendChild(t);
    return t;
  }
  ["dragenter", "dragover"].forEach(function (name) {
    drop.addEventListener(name, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
  drop.addEventListener("drop", function (e) {
    e.preventDefault();
    drop.classList.remove("over");
    if (e.dataTransfer && e.dataTransfer.files) { addFiles(e.dataTransfer.files); }
  });
  document.getElementById("pick").addEventListener("change", function (e) {
    addFiles(e.target.files);
    e.target.value = "";
  });
  document.getElementById("more").addEventListener("click", function () { addText().focus(); });
  document.getElementById("clear").addEventListener("click", function () {
    files = []; showFiles(); texts.textContent = ""; addText(); addText();
    frame.removeAttribute("srcdoc"); status.textContent = ""; status.className = "";
  });
  document.getElementById("check").addEventListener("click", function () {
    var body = new FormData();
    files.forEach(function (f) { body.append("files", f, f.name); });
    var areas = texts.querySelectorAll("textarea");
    for (var i = 0; i < areas.length; i++) {
      if (areas[i].value.trim()) {
        var name = "pasted-" + (i + 1) + (/^\\s*</.test(areas[i].value) ? ".html" : ".md");
        body.append("files", new Blob([areas[i].value], {type: "text/plain"}), name);
      }
    }
    var headers = {};
    var token = document.getElementById("token").value.trim();
    if (token) { headers.Authorization = "Bearer " + token; }
    status.className = "";
    status.textContent = "Checking…";
    fetch("v1/check?format=html", {method: "POST", body: body, headers: headers})
      .then(function (r) {
        return r.text().then(function (text) { return {r: r, text: text}; });
      })
      .then(function (res) {
        var type = res.r.headers.get("Content-Type") || "";
        if (type.indexOf("text/html") === 0) {
          frame.srcdoc = res.text;
          var n = res.r.headers.get("X-Factdiff-Findings") || "0";
          var skipped = res.r.headers.get("X-Factdiff-Skipped") || "0";
          status.textContent = n + " finding(s)" +
            (skipped !== "0" ? "; " + skipped + " input(s) could not be read" : "");
          status.className = skipped !== "0" ? "error" : "";
        } else {
          var reason = res.text;
          try { reason = JSON.parse(res.text).error || reason; } catch (err) { /* text */ }
          status.textContent = "Error " + res.r.status + ": " + reason;
          status.className = "error";
        }
      })
      .catch(function (err) {
        status.textContent = "The server could not be reached: " + err;
        status.className = "error";
      });
  });
})();
""".strip()

CSP = (
    "default-src 'none'; "
    f"script-src {report_html.csp_hash(_JS)} {report_html.csp_hash(report_html._JS)}; "
    f"style-src {report_html.csp_hash(_CSS)} {report_html.csp_hash(report_html._CSS)}; "
    "img-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'self'"
)

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>factdiff</title>
<style>{_CSS}</style>
</head>
<body>
<header><h1>factdiff: do these reports agree?</h1></header>
<main>
<section>
<div id="drop">Drop article files here (.txt .md .html .json .jsonl)<br>
or <input type="file" id="pick" multiple accept=".txt,.md,.html,.htm,.json,.jsonl"></div>
<ul id="files"></ul>
<div id="texts">
<textarea class="article" placeholder="Paste an article here (text, Markdown or HTML)">
</textarea>
<textarea class="article" placeholder="Paste another article here"></textarea></div>
<button type="button" id="more">Another text</button>
<button type="button" id="clear">Clear</button>
<button type="button" id="check"><strong>Check</strong></button>
<label>Token (only if the server asks for one)
<input type="password" id="token" autocomplete="off"></label>
<div id="status" role="status"></div>
</section>
<section>
<iframe id="report" title="factdiff report" sandbox="allow-scripts"></iframe>
</section>
</main>
<script>{_JS}</script>
</body>
</html>
"""
