/**
 * A small static server for the demo: serves the demo pages and the build from the repository root (so demo pages
 * load ../dist/), with `/` going to the demo index; nothing else (no .git, no data/, no sources). Other modules add
 * API routes through `routes`.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Top-level folders the demo needs: its pages, the builder page, and the build they load. */
export const PUBLIC_FOLDERS = ['demo', 'builder', 'dist'];

/**
 * @param {{ root?: string, port?: number, host?: string, folders?: string[], routes?: Array<(req, res, url: URL) => boolean | Promise<boolean>> }} options
 * A route returns true when it answered the request. Only files under `folders` of `root` are served.
 */
export function startServer({ root = '.', port = 8080, host = '127.0.0.1', folders = PUBLIC_FOLDERS, routes = [] } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      for (const route of routes) if (await route(req, res, url)) return;
      if (url.pathname === '/') {
        res.writeHead(302, { location: '/demo/' });
        return res.end();
      }
      let file = normalize(join(base, decodeURIComponent(url.pathname)));
      const folder = file.startsWith(base + sep) ? file.slice(base.length + 1).split(sep)[0] : undefined;
      if (!folders.includes(folder)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      let stats = statSync(file, { throwIfNoEntry: false });
      if (stats?.isDirectory()) {
        file = join(file, 'index.html');
        stats = statSync(file, { throwIfNoEntry: false });
      }
      if (!stats?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': stats.size,
        'cache-control': 'no-cache',
      });
      createReadStream(file).pipe(res);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}
