/** Distinct operation names a process labels by name; later ones share OTHER_OPERATIONS. */
export const MAX_OPERATION_NAMES = 100;
/** An operation without a name, or a request whose operation was never known (did not parse). */
export const ANONYMOUS_OPERATION = 'anonymous';
/** Names seen after the first MAX_OPERATION_NAMES, and anything that is not a GraphQL name. */
export const OTHER_OPERATIONS = 'other';

/** A GraphQL Name of reasonable length: what a parsed document's operation name can be. */
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/**
 * The `operation_name` label of a GraphQL operation, bounded: clients choose operation names, so
 * labelling each would let any client grow the metrics without limit. The first `max` distinct
 * names this process sees keep their name; the rest share `other`. Anonymous and unknown
 * operations share `anonymous`. A name is only ever taken from a parsed document (never from
 * the request's own `operationName` field), so it is a GraphQL Name: no URL, no punctuation.
 */
export class OperationNames {
  readonly #known = new Set<string>();

  constructor(private readonly max: number = MAX_OPERATION_NAMES) {}

  label(name: string | null | undefined): string {
    if (name === undefined || name === null || name === '') return ANONYMOUS_OPERATION;
    if (!NAME.test(name)) return OTHER_OPERATIONS;
    if (this.#known.has(name)) return name;
    if (this.#known.size >= this.max) return OTHER_OPERATIONS;
    this.#known.add(name);
    return name;
  }
}
