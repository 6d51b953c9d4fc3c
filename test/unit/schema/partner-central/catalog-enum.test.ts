import { CATALOGS } from '../../../../src/core/domain/catalog.js';
import {
  Catalog,
  fromUpstreamCatalog,
  toUpstreamCatalog,
} from '../../../../src/schema/common/catalog.enum.js';
import { testSchema } from './harness.js';

describe('Catalog enum', () => {
  it('maps both ways between GraphQL and upstream spellings', () => {
    expect(toUpstreamCatalog(Catalog.AWS)).toBe('AWS');
    expect(toUpstreamCatalog(Catalog.SANDBOX)).toBe('Sandbox');
    for (const upstream of CATALOGS) {
      expect(toUpstreamCatalog(fromUpstreamCatalog(upstream))).toBe(upstream);
    }
  });

  it('has internal values equal to the names in the built schema', async () => {
    const schema = await testSchema();
    for (const name of ['Catalog', 'EngagementTaskType', 'EngagementTaskStatus']) {
      const type = schema.getType(name);
      if (!type || !('getValues' in type)) throw new Error(`${name} is not an enum`);
      for (const value of type.getValues()) expect(value.value).toBe(value.name);
    }
  });
});
