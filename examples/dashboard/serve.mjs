// Builds the dashboard and serves dist/ on 127.0.0.1:$PORT (perfflow passes a free PORT).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { build } from './build.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
const root = await build();

/** The size of a file under dist/, or -1 when there is none (or the path leaves dist/). */
function sizeOf(file) {
  if (!file.startsWith(root)) return -1;
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = join(root, normalize(path === '/' ? '/index.html' : path));
  const size = sizeOf(file);
  if (size < 0) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'no-store' });
  createReadStream(file).pipe(response);
});
server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => process.stdout.write(`dashboard on http://127.0.0.1:${server.address().port}/\n`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
