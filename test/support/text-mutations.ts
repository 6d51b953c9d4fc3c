/**
 * Near misses of `seed` for scanners held to a pattern: the seed with each character removed,
 * replaced by each of `mutants`, or with each of them inserted before it (and at the end).
 */
export function textMutations(seed: string, mutants: readonly string[]): string[] {
  const out: string[] = [];
  for (let at = 0; at <= seed.length; at += 1) {
    if (at < seed.length) out.push(seed.slice(0, at) + seed.slice(at + 1));
    for (const mutant of mutants) {
      out.push(seed.slice(0, at) + mutant + seed.slice(at));
      if (at < seed.length) out.push(seed.slice(0, at) + mutant + seed.slice(at + 1));
    }
  }
  return out;
}
