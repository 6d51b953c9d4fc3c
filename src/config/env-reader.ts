/**
 * Typed readers over an environment map. Every failure names the variable and the rule, never the
 * value of a variable that may hold a credential (callers pass `secret: true` for those).
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export type Env = Readonly<Record<string, string | undefined>>;

export class EnvReader {
  readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  /** The trimmed value, or undefined when unset or blank. */
  raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  has(name: string): boolean {
    return this.raw(name) !== undefined;
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return Number(value);
  }

  /** A decimal number such as 0.5 or 20. */
  number(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!/^\d+(\.\d+)?$/.test(value) || Number(value) < min || Number(value) > max) {
      this.problems.push(`${name} must be a number from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return Number(value);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
      return fallback;
    }
    return value as T;
  }

  intList(name: string, fallback: number[], min: number, max: number): number[] {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const items = value.split(',').map((item) => item.trim());
    const valid = items.every((item) => /^\d+$/.test(item) && +item >= min && +item <= max);
    if (!valid || items.length === 0) {
      this.problems.push(
        `${name} must be a comma-separated list of integers from ${min} to ${max} (got "${value}")`,
      );
      return fallback;
    }
    return [...new Set(items.map(Number))];
  }

  /** An http(s) base URL with no embedded credentials or query string (they would end up in logs). */
  url(name: string, fallback: string): string {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      this.problems.push(`${name} must be an absolute http(s) URL`);
      return fallback;
    }
    if (!['http:', 'https:'].includes(parsed.protocol)) {
      this.problems.push(`${name} must use http or https`);
    } else if (parsed.username || parsed.password || parsed.search) {
      this.problems.push(`${name} must not contain credentials or a query string`);
    }
    return parsed.toString();
  }

  /** Column or identifier names: letters, digits and underscores. */
  identifier(name: string, fallback: string): string {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(value)) {
      this.problems.push(`${name} must be a column name of letters, digits and underscores`);
      return fallback;
    }
    return value;
  }
}
