/**
 * The page's localStorage, or undefined where reading it throws (sandboxed frames, some private modes). Every write
 * still sits in a try: a full or refused store throws there too.
 */
export function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
