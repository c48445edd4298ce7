/** `npm start`: builds, then serves the demo pages on localhost and prints the address. */
import { execFileSync } from 'node:child_process';
import { startServer } from './serve.mjs';

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

const preferred = Number(process.env.PORT ?? 8080);
let server;
for (let port = preferred; !server; port++) {
  try {
    server = await startServer({ port });
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || port > preferred + 20) throw error;
  }
}
const { port } = server.address();
console.log(`\nThe demo is at http://localhost:${port}/demo/  (Ctrl+C stops it)`);
