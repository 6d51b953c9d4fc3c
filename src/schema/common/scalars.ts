import { DateTimeResolver } from 'graphql-scalars';

/** RFC 3339 date-time in UTC, e.g. 2023-04-06T15:23:34.000Z. */
export const DateTime = DateTimeResolver;
