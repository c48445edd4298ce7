/** `urgent-action serve`'s command line, parsed into options: pure, so every rule is tested without a process. */
import { parseArgs } from 'node:util';

export interface ServeOptions {
  port: number;
  host: string;
  /** A file (SQLite) or a `postgres://` URL. */
  db: string;
  /** Origins allowed to post reports; empty means any. */
  allowOrigins: string[];
  /** Reports per minute per client address; 0 means no limit. */
  rateLimitIp: number;
  /** Reports per minute per case; 0 means no limit. */
  rateLimitCase: number;
  trustProxy: boolean;
  keepPersonalDays: number;
}

export const DEFAULTS: ServeOptions = {
  port: 8787,
  host: '127.0.0.1',
  db: 'urgent-action-reports.db',
  allowOrigins: [],
  rateLimitIp: 30,
  rateLimitCase: 3_000,
  trustProxy: false,
  keepPersonalDays: 90,
};

export const SERVE_HELP = `Usage: urgent-action serve [options]

Receives the reports readers send from <urgent-action> (POST /api/reports), answers totals
(GET /api/reports/total?case=ID), and gives the organisation an export and a dashboard (/admin/).

Options:
  --port N                  Port to listen on (default ${DEFAULTS.port}; 0 picks a free one).
  --host H                  Address to listen on (default ${DEFAULTS.host}; put a reverse proxy in front).
  --db FILE|postgres://...  A file means SQLite (default ${DEFAULTS.db}); a postgres:// URL means PostgreSQL,
                            which several instances can share.
  --allow-origin ORIGIN     Only pages on this origin may post reports (repeat for each partner site).
                            Without it, any site may post.
  --rate-limit-ip N         Reports per minute from one client address (default ${DEFAULTS.rateLimitIp}; 0: no limit).
  --rate-limit-case N       Reports per minute for one case (default ${DEFAULTS.rateLimitCase}; 0: no limit).
  --trust-proxy             Take the client address from X-Forwarded-For (its last entry, the one your
                            reverse proxy added). Only behind a proxy: otherwise clients can forge it.
  --keep-personal-days N    Erase reporters' names, e-mails and countries N days after their report
                            (default ${DEFAULTS.keepPersonalDays}); the counts stay.

Environment:
  URGENT_ACTION_ADMIN_TOKEN  The token for the export (Authorization: Bearer TOKEN) and the dashboard
                             (the same token as password). Without it, both are closed.

Stops cleanly on SIGTERM or Ctrl+C: answers the requests in flight, then closes the database.`;

export type ParsedServeArgs = { ok: true; options: ServeOptions } | { ok: false; error: string } | { ok: 'help' };

function integer(name: string, value: string | undefined, min: number, max: number): number | string {
  if (value === undefined) return `--${name} needs a value`;
  const n = Number(value);
  return /^\d+$/.test(value) && n >= min && n <= max ? n : `--${name} must be a whole number from ${min} to ${max}, not "${value}"`;
}

/** Reads `serve`'s arguments (after the command name). */
export function parseServeArgs(args: readonly string[]): ParsedServeArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        db: { type: 'string' },
        'allow-origin': { type: 'string', multiple: true },
        'rate-limit-ip': { type: 'string' },
        'rate-limit-case': { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        'keep-personal-days': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  if (parsed.help) return { ok: 'help' };
  const options: ServeOptions = { ...DEFAULTS, allowOrigins: [] };
  const numbers = [
    ['port', 'port', 0, 65_535],
    ['rate-limit-ip', 'rateLimitIp', 0, 1_000_000],
    ['rate-limit-case', 'rateLimitCase', 0, 1_000_000],
    ['keep-personal-days', 'keepPersonalDays', 1, 36_500],
  ] as const;
  for (const [name, field, min, max] of numbers) {
    if (!(name in parsed)) continue;
    const value = integer(name, parsed[name], min, max);
    if (typeof value === 'string') return { ok: false, error: value };
    options[field] = value;
  }
  if (parsed.host !== undefined) options.host = parsed.host;
  if (parsed.db !== undefined) {
    if (!parsed.db) return { ok: false, error: '--db needs a file or a postgres:// URL' };
    options.db = parsed.db;
  }
  for (const origin of parsed['allow-origin'] ?? []) {
    let normal: string;
    try {
      normal = new URL(origin).origin;
    } catch {
      normal = 'null';
    }
    if (normal === 'null' || !/^https?:/.test(normal))
      return { ok: false, error: `--allow-origin needs an origin such as https://partner.example, not "${origin}"` };
    options.allowOrigins.push(normal);
  }
  options.trustProxy = parsed['trust-proxy'] ?? false;
  return { ok: true, options };
}

export const isPostgresUrl = (db: string) => /^postgres(ql)?:\/\//.test(db);
