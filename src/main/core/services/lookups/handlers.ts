import type { lookupsContract } from '../../../../shared/contract/lookups';
import type { AreaHandlers } from '../../area-handlers';
import type { Db } from '../../db/open';
import { searchContacts } from './contacts';
import { searchOrganisations } from './organisations';
import { listTags } from './tags';

export function lookupsHandlers(db: Db): AreaHandlers<typeof lookupsContract> {
  return {
    searchOrganisations: (input) => searchOrganisations(db, input),
    searchContacts: (input) => searchContacts(db, input),
    listTags: () => listTags(db),
  };
}
