/**
 * One caller's part of a limit of `total` calls (or slots) at CALLER_QUOTA_SHARE `share`: rounded
 * down, so callers together can never be promised more than the limit, but at least one, since a
 * share of nothing would shut a caller out of a small limit (a write allowed once a second).
 * The epsilon keeps a product such as 100 * 0.29 (28.999...) from losing a call to rounding.
 */
export function shareOf(total: number, share: number): number {
  return Math.min(total, Math.max(1, Math.floor(total * share + 1e-9)));
}

/** Whole seconds a client should wait, at least 1 (a `Retry-After` of 0 invites a hot loop). */
export function retryAfterSeconds(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1_000));
}

/** A window's length for a message: "5 s", "1 min", "24 h". */
export function windowText(windowMs: number): string {
  if (windowMs >= 3_600_000 && windowMs % 3_600_000 === 0) return `${windowMs / 3_600_000} h`;
  if (windowMs >= 60_000 && windowMs % 60_000 === 0) return `${windowMs / 60_000} min`;
  return `${Math.round(windowMs / 100) / 10} s`;
}
