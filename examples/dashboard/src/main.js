// The dashboard page: loads the series, shows the summary table and the rolling-p95 chart.
/* global document, fetch, Blob, requestAnimationFrame */
import { rollingP95, summarize } from './stats.js';
import { chartSvg, summaryHtml } from './render.js';
import archive from './data.mjs';

const WINDOW = 300;

function render(series) {
  const chart = document.querySelector('#chart');
  chart.removeAttribute('data-ready');
  document.querySelector('#summary').innerHTML = summaryHtml(series.map((s) => summarize(s.name, s.values)));
  chart.innerHTML = chartSvg(series.map((s) => ({ name: s.name, points: rollingP95(s.values, WINDOW) })));
  chart.setAttribute('data-ready', '');
}

function exportArchive() {
  const blob = new Blob([archive.join('\n')], { type: 'text/csv' });
  const link = document.querySelector('#export-link');
  link.href = URL.createObjectURL(blob);
  link.click();
}

/** Resolves once the browser has painted what the page has so far. */
function painted() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function start() {
  const response = await fetch('/data/series.json');
  const series = await response.json();
  // The heading and buttons show while the figures are computed.
  await painted();
  render(series);
  document.querySelector('#refresh').addEventListener('click', () => render(series));
  document.querySelector('#export').addEventListener('click', exportArchive);
}

document.addEventListener('DOMContentLoaded', start);
