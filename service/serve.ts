/** `urgent-action serve`: the report service on node:http, until SIGTERM or SIGINT. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseServeArgs, SERVE_HELP } from './options.js';
import { createReportService } from './service.js';

/** Runs the command with `args` (after "serve"); resolves with the exit status once the service has stopped. */
export async function runServe(args: readonly string[]): Promise<number> {
  const parsed = parseServeArgs(args);
  if (parsed.ok === 'help') {
    console.log(SERVE_HELP);
    return 0;
  }
  if (!parsed.ok) {
    console.error(`urgent-action serve: ${parsed.error}\n\n${SERVE_HELP}`);
    return 2;
  }
  const { options } = parsed;
  const adminToken = process.env.URGENT_ACTION_ADMIN_TOKEN || undefined;
  let service;
  try {
    service = await createReportService({ ...options, adminToken });
  } catch (error) {
    console.error(`urgent-action serve: cannot open ${options.db}: ${(error as Error).message}`);
    return 1;
  }
  // Listened for before the start-up line is printed, so a supervisor that signals as soon as it reads it is heard.
  const stopSignal = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  const server = createServer({ keepAliveTimeout: 65_000 }, service.listener);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, resolve);
    });
  } catch (error) {
    console.error(`urgent-action serve: cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`);
    await service.close();
    return 1;
  }
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  console.log(`urgent-action serve: listening on http://${host}:${port} (${service.description})`);
  if (!adminToken) console.log('urgent-action serve: export and dashboard closed (set URGENT_ACTION_ADMIN_TOKEN to open them)');

  const signal = await stopSignal;
  console.log(`urgent-action serve: ${signal}, stopping`);
  // Stop accepting, let requests in flight finish (idle keep-alive connections are closed now, the rest after 10 s).
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), 10_000).unref();
  await closed;
  clearTimeout(timer);
  await service.close();
  console.log('urgent-action serve: stopped');
  return 0;
}
