import { Injectable } from '@nestjs/common';
import { AuthenticatedActor } from '@kongthun/http';
import { BankResultLine } from '@kongthun/relief-domain';
import { parseResultCsvRow } from '../bank-files/bank-file-layouts';
import { SpooledUpload } from '../http/spooled-upload';
import { csvChunks } from './csv-rows';
import { assessmentFromCsv, registrationFromCsv } from './csv-records';
import { ReliefDeclarations, zoneFactsOf } from './relief-declarations';
import { BulkOutcome, ReliefHouseholds, refuseRow } from './relief-households';
import { ReliefRuns } from './relief-runs';

/** Rows per chunk: one chunk is what an import holds in memory, grouped into one append per bucket. */
export const IMPORT_CHUNK_ROWS = 50_000;

/** Bulk CSV imports, streamed from a spooled upload: checked whole first, then applied chunk by chunk. */
@Injectable()
export class ReliefImports {
  constructor(
    private readonly declarations: ReliefDeclarations,
    private readonly households: ReliefHouseholds,
    private readonly runs: ReliefRuns,
  ) {}

  async registrations(
    declarationId: string,
    actor: AuthenticatedActor,
    upload: SpooledUpload,
    chunkRows = IMPORT_CHUNK_ROWS,
  ): Promise<BulkOutcome> {
    const zone = zoneFactsOf(await this.declarations.zone(declarationId, actor));
    return this.importRows(upload, chunkRows, registrationFromCsv, (rows, outcome) =>
      this.households.registerMany(zone, actor, rows, outcome),
    );
  }

  async assessments(
    declarationId: string,
    actor: AuthenticatedActor,
    upload: SpooledUpload,
    chunkRows = IMPORT_CHUNK_ROWS,
  ): Promise<BulkOutcome> {
    const zone = zoneFactsOf(await this.declarations.zone(declarationId, actor));
    this.households.tablesFor(zone);
    return this.importRows(upload, chunkRows, assessmentFromCsv, (rows, outcome) => this.households.assessMany(zone, actor, rows, outcome));
  }

  /**
   * One CSV import: a first pass reads the whole file, so a malformed file is refused before any
   * row is written; then each chunk's rows are parsed (a bad row is refused on its own) and written.
   */
  private async importRows<T>(
    upload: SpooledUpload,
    chunkRows: number,
    parse: (record: Record<string, string>) => T,
    write: (rows: { line: number; input: T }[], outcome: BulkOutcome) => Promise<unknown>,
  ): Promise<BulkOutcome> {
    for await (const _chunk of csvChunks(upload.open(), chunkRows));
    const outcome: BulkOutcome = { rows: 0, accepted: 0, refused: 0, refusals: [] };
    for await (const chunk of csvChunks(upload.open(), chunkRows)) {
      const rows: { line: number; input: T }[] = [];
      for (const { line, record } of chunk) {
        try {
          rows.push({ line, input: parse(record) });
        } catch (error) {
          outcome.rows += 1;
          refuseRow(outcome, line, error);
        }
      }
      await write(rows, outcome);
    }
    return outcome;
  }

  /** A result file: every line must parse before any is applied. */
  async results(runId: string, actor: AuthenticatedActor, upload: SpooledUpload) {
    const lines = async function* (): AsyncIterable<BankResultLine> {
      for await (const chunk of csvChunks(upload.open(), 10_000))
        for (const { line, record } of chunk)
          yield parseResultCsvRow(
            [record.reference, record.amount, record.status, record.reason, record.value_date].map((v) => v ?? ''),
            line,
          );
    };
    for await (const _line of lines());
    return this.runs.importResults(runId, actor, upload.sha256, lines);
  }
}
