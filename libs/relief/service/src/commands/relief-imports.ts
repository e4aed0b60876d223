import { Injectable } from '@nestjs/common';
import { AuthenticatedActor } from '@kongthun/http';
import { BankResultLine, bucketOf, ZoneFacts } from '@kongthun/relief-domain';
import { text } from 'node:stream/consumers';
import { parseResultCsvRow, RESULT_CSV_FORMAT } from '../bank-files/bank-file-layouts';
import { parseMt940Results, RESULT_MT940_FORMAT } from '../bank-files/mt940-results';
import { SpooledUpload } from '../http/spooled-upload';
import { BucketPartitions } from './bucket-partitions';
import { csvChunks } from './csv-rows';
import { assessmentFromCsv, registrationFromCsv } from './csv-records';
import { ReliefDeclarations, zoneFactsOf } from './relief-declarations';
import { BulkOutcome, ReliefHouseholds, refuseRow } from './relief-households';
import { ReliefRuns } from './relief-runs';

/** The result layouts a run imports: Kongthun's CSV, or a SWIFT MT940 statement of the paying account. */
export type ResultFileFormat = 'csv' | 'mt940';

/** Records parsed per read of the CSV (the parser's batch, not what an import holds). */
const CSV_READ_ROWS = 10_000;

/**
 * Bulk CSV imports, streamed from a spooled upload: one pass reads the whole file, refusing a
 * malformed file before anything is stored, and sorts its rows by bucket into temporary files; then
 * each bucket's rows are decided and appended together, one append per bucket per import.
 */
@Injectable()
export class ReliefImports {
  constructor(
    private readonly declarations: ReliefDeclarations,
    private readonly households: ReliefHouseholds,
    private readonly runs: ReliefRuns,
  ) {}

  async registrations(declarationId: string, actor: AuthenticatedActor, upload: SpooledUpload): Promise<BulkOutcome> {
    const zone = zoneFactsOf(await this.declarations.zone(declarationId, actor));
    return this.importRows(upload, zone, registrationFromCsv, (rows, outcome) => this.households.registerMany(zone, actor, rows, outcome));
  }

  async assessments(declarationId: string, actor: AuthenticatedActor, upload: SpooledUpload): Promise<BulkOutcome> {
    const zone = zoneFactsOf(await this.declarations.zone(declarationId, actor));
    this.households.tablesFor(zone);
    return this.importRows(upload, zone, assessmentFromCsv, (rows, outcome) => this.households.assessMany(zone, actor, rows, outcome));
  }

  /**
   * One CSV import: the first pass parses every row (a bad row is refused on its own, a malformed
   * file refuses the import) into partitions by bucket; then each partition's rows are written.
   */
  private async importRows<T extends { houseRegistrationNo: string }>(
    upload: SpooledUpload,
    zone: ZoneFacts,
    parse: (record: Record<string, string>) => T,
    write: (rows: { line: number; input: T }[], outcome: BulkOutcome) => Promise<unknown>,
  ): Promise<BulkOutcome> {
    const outcome: BulkOutcome = { rows: 0, accepted: 0, refused: 0, refusals: [] };
    const partitions = await BucketPartitions.open<{ line: number; input: T }>(zone.householdBuckets);
    try {
      for await (const chunk of csvChunks(upload.open(), CSV_READ_ROWS))
        for (const { line, record } of chunk) {
          try {
            const input = parse(record);
            await partitions.add(bucketOf(this.households.householdId(input.houseRegistrationNo), zone.householdBuckets), { line, input });
          } catch (error) {
            outcome.rows += 1;
            refuseRow(outcome, line, error);
          }
        }
      for await (const byBucket of partitions.byBucket()) await write([...byBucket.values()].flat(), outcome);
    } finally {
      await partitions.remove();
    }
    outcome.refusals.sort((a, b) => a.line - b.line);
    return outcome;
  }

  /** A result file, read once by the run: a malformed line refuses it whatever the run's state. */
  async results(runId: string, actor: AuthenticatedActor, upload: SpooledUpload, format: ResultFileFormat = 'csv') {
    if (format === 'mt940') {
      const entries = parseMt940Results(await text(upload.open()));
      const lines = async function* (): AsyncIterable<BankResultLine> {
        yield* entries;
      };
      return this.runs.importResults(runId, actor, { format: RESULT_MT940_FORMAT, sha256: upload.sha256 }, lines());
    }
    const lines = async function* (): AsyncIterable<BankResultLine> {
      for await (const chunk of csvChunks(upload.open(), CSV_READ_ROWS))
        for (const { line, record } of chunk)
          yield parseResultCsvRow(
            [record.reference, record.amount, record.status, record.reason, record.value_date].map((v) => v ?? ''),
            line,
          );
    };
    return this.runs.importResults(runId, actor, { format: RESULT_CSV_FORMAT, sha256: upload.sha256 }, lines());
  }
}
