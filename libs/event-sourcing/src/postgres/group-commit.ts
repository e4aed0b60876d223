/** What one job of a shared statement came to: its own result, or its own error. */
export type JobOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Group commit in the client. Up to `maxInFlight` statements run at once, each with the jobs
 * that were waiting when it started: a job submitted while a slot is free runs alone at once (no
 * added latency), and jobs that arrive while every slot is busy queue and then go together, up
 * to `maxBatch` per statement. Under load one commit (one WAL flush) then serves many jobs
 * instead of each waiting for a connection and a flush of its own.
 */
export class GroupCommit<J, R> {
  private readonly queue: { job: J; resolve: (value: R) => void; reject: (error: unknown) => void }[] = [];
  private inFlight = 0;

  constructor(
    private readonly maxInFlight: number,
    private readonly maxBatch: number,
    /** Runs jobs together; answers one outcome per job, in order, or throws to fail them all. */
    private readonly run: (jobs: J[]) => Promise<JobOutcome<R>[]>,
  ) {
    if (!(maxInFlight >= 1 && maxBatch >= 1)) throw new Error('GroupCommit needs maxInFlight and maxBatch of at least 1');
  }

  submit(job: J): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      this.run(batch.map((entry) => entry.job))
        .then(
          (outcomes) =>
            batch.forEach((entry, i) => {
              const outcome = outcomes[i];
              if (outcome === undefined) entry.reject(new Error(`no outcome for job ${i} of ${batch.length}`));
              else if (outcome.ok) entry.resolve(outcome.value);
              else entry.reject(outcome.error);
            }),
          (error: unknown) => batch.forEach((entry) => entry.reject(error)),
        )
        .finally(() => {
          this.inFlight--;
          this.pump();
        });
    }
  }
}
