import { createServer } from 'node:http';
import { handle } from './src/app.js';

const port = Number(process.env.PORT ?? 3000);
const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'internal error' }));
  });
});
server.listen(port, '127.0.0.1', () => {
  console.log(`auth-api listening on http://127.0.0.1:${server.address().port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
