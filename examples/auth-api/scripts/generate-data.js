// Writes data/permissions.json: many team roles first, the example's own roles last.
import { writeFileSync } from 'node:fs';
import { tableChecksum } from '../src/permissions.js';

const rules = [];
const actions = ['orders:read', 'orders:write', 'session:refresh', 'reports:read', 'billing:read', 'billing:write'];
for (let team = 0; team < 200; team += 1) {
  for (const action of actions) rules.push({ subject: `team-${team}-(viewer|editor)`, action: action.replace(':', '\\:'), effect: team % 7 === 0 ? 'deny' : 'allow' });
}
rules.push({ subject: 'support', action: 'billing:.*', effect: 'deny' });
rules.push({ subject: '(analyst|support|admin)', action: 'orders:read', effect: 'allow' });
rules.push({ subject: '(analyst|support|admin)', action: 'session:refresh', effect: 'allow' });
rules.push({ subject: 'admin', action: '.*', effect: 'allow' });
writeFileSync(new URL('../data/permissions.json', import.meta.url), `${JSON.stringify({ checksum: tableChecksum(JSON.stringify(rules)), rules }, null, 1)}\n`);
