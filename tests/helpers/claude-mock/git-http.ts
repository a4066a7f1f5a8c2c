import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** A git repository served over smart HTTP on 127.0.0.1, as a hosted git remote serves it. */
export interface GitHttpServer {
  /** Clone URL of the repository, `http://127.0.0.1:<port>/<name>.git`. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a bare clone of `repo` with `git http-backend` (CGI) on 127.0.0.1, so that a client
 * can `git clone` it over HTTP the way it clones from GitHub, with no network. Hand-written because
 * git ships the backend but no server; this is the few lines of CGI glue it needs.
 * @param repo - a git working tree with at least one commit
 * @param root - an empty directory to hold the bare clone
 * @param name - the repository name in the URL
 * @returns the running server
 */
export async function serveGitOverHttp(repo: string, root: string, name: string): Promise<GitHttpServer> {
  mkdirSync(root, { recursive: true });
  execFileSync('git', ['clone', '-q', '--bare', repo, join(root, `${name}.git`)]);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const backend = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH ?? '',
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: url.pathname,
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        REMOTE_ADDR: '127.0.0.1',
      },
    });
    req.pipe(backend.stdin);
    let head = Buffer.alloc(0);
    let headersSent = false;
    backend.stdout.on('data', (chunk: Buffer) => {
      if (headersSent) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      headersSent = true;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':');
        const key = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (key.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else headers[key] = value;
      }
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
    });
    backend.stdout.on('end', () => res.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/${name}.git`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => { resolve(); }));
    },
  };
}
