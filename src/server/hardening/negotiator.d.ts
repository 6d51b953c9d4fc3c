// negotiator ships no types; this declares the one call used here, as Apollo Server calls it.
declare module 'negotiator' {
  export default class Negotiator {
    constructor(request: { headers: { accept?: string | undefined } });
    /** The most preferred of `available` that the Accept header allows, or undefined. */
    mediaType(available: string[]): string | undefined;
  }
}
