/** What a provider's test file hands the shared suites. */
import type { DbProvider } from '../url';

export interface TestTarget {
  provider: DbProvider;
  /** A database nobody has used yet: a new SQLite file, or a new PostgreSQL database. */
  freshUrl(): Promise<string>;
}
