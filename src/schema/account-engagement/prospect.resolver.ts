import { Arg, FieldResolver, Resolver, Root } from 'type-graphql';
import { validateProspectFieldName } from './selection.js';
import { AccountEngagementProspect } from './prospect.type.js';
import type { AccountEngagementProspectView } from './views.js';

@Resolver(() => AccountEngagementProspect)
export class AccountEngagementProspectResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Any prospect field by its API name, custom fields included (e.g. Lead_Source_Detail); null when the prospect has no such field.',
  })
  field(
    @Root() view: AccountEngagementProspectView,
    @Arg('name', () => String) name: string,
  ): string | null {
    // Prospect.accountEngagement already read the whole prospect if this field was missing.
    return view.fields[validateProspectFieldName(name)] ?? null;
  }
}
