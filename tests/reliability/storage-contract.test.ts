/** The event store contract, run against the real SQLite store on files in a temp dir. */
import { openSqliteStore } from './helpers/openContractStore.ts';
import { eventStoreContract } from './storage-contract.ts';

eventStoreContract('SQLite', openSqliteStore);
