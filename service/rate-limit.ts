/**
 * Rate limits as token buckets, in this process's memory: a bucket holds up to `perMinute` reports and refills at
 * `perMinute` a minute, so a burst of one minute's worth passes and a steady stream above the rate does not.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  /** `perMinute` 0 lets everything through. */
  constructor(
    private readonly perMinute: number,
    private readonly maxKeys = 100_000,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes one report from `key`'s bucket: 0 when allowed, otherwise the seconds until one is. */
  take(key: string, now: number): number {
    if (!this.perMinute) return 0;
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMs) : this.perMinute;
    if (tokens < 1) {
      if (bucket) Object.assign(bucket, { tokens, at: now });
      return Math.ceil((1 - tokens) / this.perMs / 1000);
    }
    if (!bucket && this.buckets.size >= this.maxKeys) this.forgetFull(now);
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    return 0;
  }

  /** Drops buckets that have refilled: they hold nothing a fresh bucket wouldn't. */
  private forgetFull(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.perMinute) this.buckets.delete(key);
    }
    // Still full of busy clients: forget the oldest rather than grow without bound.
    for (const key of this.buckets.keys()) {
      if (this.buckets.size < this.maxKeys) break;
      this.buckets.delete(key);
    }
  }
}
