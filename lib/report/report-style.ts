/** The report's stylesheet, inlined into every report (no network). */
export const REPORT_CSS = `
:root{--fg:#111827;--muted:#6b7280;--line:#e5e7eb;--bg:#f8fafc;--card:#fff;--improved:#15803d;--regressed:#b91c1c;--unchanged:#6b7280;--inconclusive:#b45309;--accent:#2563eb;--base:#94a3b8}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1120px;margin:0 auto;padding:28px 24px 64px}
header.top{display:flex;justify-content:space-between;align-items:flex-start;gap:24px;flex-wrap:wrap;margin-bottom:18px}
.eyebrow{font-size:12px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:0 0 4px}
h1{font-size:28px;margin:0 0 6px;line-height:1.2}
h2{font-size:19px;margin:0 0 14px}
h3{font-size:15px;margin:18px 0 8px}
.sub{color:var(--muted);margin:0}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
.status{font-weight:700;font-size:14px;padding:8px 14px;border-radius:999px;color:#fff;white-space:nowrap}
.status.pass{background:var(--improved)}.status.fail{background:var(--regressed)}.status.inconclusive,.status.unknown{background:var(--inconclusive)}
.override{border:2px solid var(--regressed);background:#fef2f2;border-radius:10px;padding:14px 18px;margin:0 0 20px}
.override h2{color:var(--regressed);margin-bottom:6px}
.override dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;margin:8px 0 0}
.override dt{font-weight:600}.override dd{margin:0}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:14px;margin:0 0 22px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
.card .k{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.06em}
.card .v{font-size:24px;font-weight:700;margin:2px 0}
.card .d{font-size:13px;color:var(--muted)}
section.panel{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:20px 22px;margin:0 0 20px}
nav.toc{display:flex;gap:14px;flex-wrap:wrap;font-size:13px;margin:0 0 18px}
nav.toc a{color:var(--accent);text-decoration:none}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.chip{display:inline-block;font-size:12px;font-weight:600;padding:2px 9px;border-radius:999px;color:#fff}
.chip.improved,.chip.passed,.chip.pass{background:var(--improved)}.chip.regressed,.chip.failed,.chip.fail{background:var(--regressed)}
.chip.unchanged{background:var(--unchanged)}.chip.inconclusive,.chip.overridden{background:var(--inconclusive)}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(340px,1fr));gap:12px 22px}
.legend{display:flex;gap:16px;font-size:13px;color:var(--muted);margin:4px 0 8px}
.legend i{display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:6px;vertical-align:-1px}
svg.chart{display:block;max-width:100%;height:auto;margin:6px 0}
svg .tick{font-size:11px;fill:#6b7280}svg .label{font-size:12px;fill:#374151}svg .value{font-size:12px;font-weight:600}
svg .axis-title,svg .chart-title{font-size:12px;font-weight:600;fill:#374151}
svg .frame-label{font-size:11px;fill:#1f2937;pointer-events:none;font-family:ui-monospace,Menlo,Consolas,monospace}
svg g.frame{cursor:zoom-in}svg g.frame:hover rect{stroke:#111827;stroke-width:1}
.flame-detail{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;color:var(--muted);min-height:18px}
.waterfall{margin:6px 0 14px}.wf-row{display:flex;align-items:center;gap:8px;font-size:12px;line-height:18px}.wf-label{flex:0 0 280px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.wf-track{flex:1;background:rgba(127,127,127,.12);height:12px;border-radius:2px;display:flex}.wf-bar{display:block;height:12px;background:#d9822b;border-radius:2px;min-width:2px}
.bar{background:#eef2ff;border-radius:6px;height:12px;position:relative;min-width:120px}
.bar>span{display:block;height:12px;border-radius:6px;background:var(--accent)}
.bar>em{position:absolute;top:-3px;width:2px;height:18px;background:var(--regressed)}
.score{font-size:40px;font-weight:800;line-height:1}
.muted{color:var(--muted)}
ul.tight{margin:6px 0;padding-left:20px}
pre.plan{white-space:pre-wrap;background:#f8fafc;border:1px solid var(--line);border-radius:8px;padding:12px;max-height:420px;overflow:auto}
dl.env{display:grid;grid-template-columns:max-content 1fr;gap:4px 18px;margin:0}
dl.env dt{color:var(--muted)}dl.env dd{margin:0;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px;overflow-wrap:anywhere}
footer{color:var(--muted);font-size:12px;text-align:center;margin-top:28px}
@media print{body{background:#fff}section.panel{break-inside:avoid}}
`;

/** The report's only script: shows the hovered flame-graph frame; text only, never HTML. */
export const REPORT_SCRIPT = `
document.querySelectorAll('svg.flame').forEach(function (svg) {
  var detail = svg.parentNode.querySelector('.flame-detail');
  var total = svg.viewBox.baseVal.width;
  var frames = Array.prototype.slice.call(svg.querySelectorAll('g.frame'));
  svg.addEventListener('mouseover', function (event) {
    var g = event.target.closest ? event.target.closest('g.frame') : null;
    if (g && detail) detail.textContent = g.getAttribute('data-name') + ' — ' + g.getAttribute('data-share') + ' of samples (click to zoom, click the bottom bar to reset)';
  });
  svg.addEventListener('click', function (event) {
    var g = event.target.closest ? event.target.closest('g.frame') : null;
    if (!g) return;
    var x0 = Number(g.getAttribute('data-x'));
    var k = total / Number(g.getAttribute('data-w'));
    frames.forEach(function (f) {
      var x = (Number(f.getAttribute('data-x')) - x0) * k;
      var w = Number(f.getAttribute('data-w')) * k;
      var left = Math.max(0, x);
      var right = Math.min(total, x + w);
      var rect = f.querySelector('rect');
      var text = f.querySelector('text');
      var visible = right - left > 0.5;
      f.style.display = visible ? '' : 'none';
      if (!visible) return;
      rect.setAttribute('x', left.toFixed(1));
      rect.setAttribute('width', (right - left).toFixed(1));
      text.setAttribute('x', (left + 4).toFixed(1));
      var name = f.getAttribute('data-name');
      var fits = Math.floor((right - left - 6) / 6.6);
      text.textContent = fits < 3 ? '' : name.length <= fits ? name : name.slice(0, fits - 1) + '…';
    });
  });
});
document.documentElement.setAttribute('data-report-ready', 'true');
`;
