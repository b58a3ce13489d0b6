/**
 * Per-client rate limiting for the feedback receiver: a token bucket per key
 * (a salted hash of the client's address, see `client-key.ts`), in memory.
 * Buckets that have filled up again are dropped, and the map never holds more
 * than `maxKeys` buckets, so a flood of distinct addresses cannot exhaust memory.
 */
export interface RateLimitOptions {
  /** Requests a client may make in a burst. */
  burst: number;
  /** Sustained requests per minute once the burst is spent. */
  perMinute: number;
  /** Most clients tracked at once; the oldest are forgotten first. */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export interface RateLimiter {
  /** Whether `key` may make a request at `now` (ms); takes a token if so. */
  take(key: string, now: number): boolean;
  /** Seconds until `key` has a token again (for `Retry-After`). */
  retryAfter(key: string, now: number): number;
  readonly size: number;
}

export function createRateLimiter({ burst, perMinute, maxKeys = 100_000 }: RateLimitOptions): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const perMs = perMinute / 60_000;
  const refill = (bucket: Bucket, now: number) => {
    bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
    bucket.at = now;
  };
  const sweep = (now: number) => {
    for (const [key, bucket] of buckets) {
      refill(bucket, now);
      if (bucket.tokens >= burst) buckets.delete(key);
    }
    // Still full of active clients: forget the oldest (Map keeps insertion order).
    for (const key of buckets.keys()) {
      if (buckets.size < maxKeys) break;
      buckets.delete(key);
    }
  };
  return {
    take(key, now) {
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= maxKeys) sweep(now);
        bucket = { tokens: burst, at: now };
        buckets.set(key, bucket);
      }
      refill(bucket, now);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
    retryAfter(key, now) {
      const bucket = buckets.get(key);
      if (!bucket) return 0;
      refill(bucket, now);
      return bucket.tokens >= 1 ? 0 : Math.ceil((1 - bucket.tokens) / perMs / 1000);
    },
    get size() {
      return buckets.size;
    },
  };
}
