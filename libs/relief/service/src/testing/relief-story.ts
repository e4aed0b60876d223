import { Readable } from 'node:stream';
import { EventStore, InMemoryEventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { MasterKey } from '@kongthun/kernel';
import { InMemoryPayeeDirectory, PayeeDirectory } from '../bank-files/payee-directory';
import { reliefConfigFromEnv } from '../commands/relief-config';
import { ReliefDeclarations } from '../commands/relief-declarations';
import { ReliefHouseholds } from '../commands/relief-households';
import { ReliefImports } from '../commands/relief-imports';
import { ReliefRuns } from '../commands/relief-runs';
import { HouseholdPersonalDataStore, InMemoryHouseholdPersonalDataStore } from '../personal-data/household-personal-data-store';
import { HouseholdVault } from '../personal-data/household-vault';
import { spoolUpload } from '../http/spooled-upload';

/** Relief's services wired by hand on one store, with a clock the story moves: for tests and the bench. */
export const reliefServices = (
  hashKey: string,
  store: EventStore = new InMemoryEventStore(),
  payees: PayeeDirectory = new InMemoryPayeeDirectory(),
  personalData: HouseholdPersonalDataStore = new InMemoryHouseholdPersonalDataStore(),
) => {
  let now = new Date('2025-11-21T03:00:00.000Z');
  const clock = () => now;
  const config = reliefConfigFromEnv({});
  const declarations = new ReliefDeclarations(store, clock);
  const vault = new HouseholdVault(personalData, MasterKey.fromSecret('relief-story-personal-data-key-for-tests'), clock);
  const households = new ReliefHouseholds(store, hashKey, config, declarations, payees, vault, clock);
  const runs = new ReliefRuns(store, config, payees, declarations, clock);
  const imports = new ReliefImports(declarations, households, runs);
  return {
    store,
    declarations,
    households,
    runs,
    imports,
    payees,
    personalData,
    vault,
    /** Moves the clock to 10:00 Bangkok time on a day. */
    setDay: (day: string) => {
      now = new Date(`${day}T03:00:00.000Z`);
    },
    /** A CSV text as an upload, spooled as the HTTP route spools it. */
    upload: (text: string) => spoolUpload(Readable.from([Buffer.from(text, 'utf8')])),
  };
};

export const STORY_ACTORS: Record<'officer' | 'chair' | 'member', AuthenticatedActor> = {
  officer: { userId: 'officer-cp', role: 'relief-officer', scope: { areas: ['86'] } },
  chair: { userId: 'chair-cp', role: 'committee', scope: { areas: ['86'] } },
  member: { userId: 'member-cp', role: 'committee', scope: { areas: ['86'] } },
};
