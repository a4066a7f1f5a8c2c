// Removes the compiled output so that a file deleted from lib/ never survives in dist/.
import { rmSync } from 'node:fs';
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
