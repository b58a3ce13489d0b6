/**
 * The key a client is rate limited by: an HMAC of its address under a random
 * salt that is made afresh each UTC day and lives only in memory. The address
 * itself is never kept, and yesterday's keys cannot be linked to today's, nor
 * recomputed after a restart.
 */
import { createHmac, randomBytes } from 'node:crypto';

const DAY_MS = 86_400_000;

export function createClientKeys(random: (bytes: number) => Buffer = randomBytes): (address: string, now: number) => string {
  let day = -1;
  let salt: Buffer = Buffer.alloc(0);
  return (address, now) => {
    const today = Math.floor(now / DAY_MS);
    if (today !== day) {
      day = today;
      salt = random(32);
    }
    return createHmac('sha256', salt).update(address).digest('base64url').slice(0, 22);
  };
}
