// Role-based permissions from data/permissions.json: the first rule whose subject and action
// patterns match decides; no rule means no.
import { readFileSync } from 'node:fs';

const TABLE = new URL('../data/permissions.json', import.meta.url);

// FNV-1a over the rules, to refuse a table that was edited by hand without its checksum.
export function tableChecksum(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}

function loadTable() {
  const table = JSON.parse(readFileSync(TABLE, 'utf8'));
  if (tableChecksum(JSON.stringify(table.rules)) !== table.checksum) throw new Error('data/permissions.json: checksum mismatch');
  return table;
}

function matches(pattern, value) {
  return new RegExp(`^${pattern}$`).test(value);
}

export function checkPermission(user, action) {
  const table = loadTable();
  for (const rule of table.rules) {
    if (matches(rule.subject, user.role) && matches(rule.action, action)) return rule.effect === 'allow';
  }
  return false;
}
