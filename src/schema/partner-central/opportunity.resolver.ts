import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../../context.js';
import type { PartTable } from './member-fields.js';
import { OPPORTUNITY_TABLES } from './opportunity-fields.js';
import type { OpportunityView } from './opportunity-parts.js';

/*
 * Field resolvers of the Partner Central opportunity objects, generated from the field table
 * (opportunity-fields.ts). Each row becomes what a hand-written
 * `@FieldResolver(() => type, { nullable, description }) name(@Root() view, @Ctx() ctx)` would be:
 * the decorators are applied in row order, the order in which type-graphql lists the fields.
 */
function resolverOf(table: PartTable): ClassType {
  const PartResolver = class {};
  Object.defineProperty(PartResolver, 'name', { value: `${table.objectType.name}Resolver` });
  const prototype = PartResolver.prototype as Record<string, unknown>;
  for (const row of table.fields) {
    const descriptor: PropertyDescriptor = {
      value: (view: OpportunityView<unknown>, ctx: Context) => row.resolve(view, ctx),
      writable: true,
      configurable: true,
    };
    Object.defineProperty(prototype, row.name, descriptor);
    Root()(prototype, row.name, 0);
    Ctx()(prototype, row.name, 1);
    FieldResolver(() => row.type, {
      ...(row.nullable ? { nullable: true } : {}),
      description: row.description,
    })(prototype, row.name, descriptor);
  }
  Resolver(() => table.objectType)(PartResolver);
  return PartResolver;
}

export const PARTNER_CENTRAL_OPPORTUNITY_RESOLVERS: readonly ClassType[] =
  OPPORTUNITY_TABLES.map(resolverOf);
