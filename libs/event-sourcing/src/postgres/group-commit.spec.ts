import { GroupCommit, JobOutcome } from './group-commit';

/** A run whose statements finish only when the test says so. */
const controlledRun = () => {
  const runs: { jobs: number[]; finish: () => void }[] = [];
  const run = (jobs: number[]) =>
    new Promise<JobOutcome<string>[]>((resolve) =>
      runs.push({
        jobs,
        finish: () =>
          resolve(jobs.map((job) => (job < 0 ? { ok: false, error: new Error(`refused ${job}`) } : { ok: true, value: `done ${job}` }))),
      }),
    );
  return { runs, run };
};

describe('GroupCommit', () => {
  describe('given a free slot', () => {
    it('runs a job alone, at once', async () => {
      const { runs, run } = controlledRun();
      const group = new GroupCommit(2, 10, run);
      const first = group.submit(1);
      const second = group.submit(2);
      expect(runs.map((r) => r.jobs)).toEqual([[1], [2]]);
      runs.forEach((r) => r.finish());
      await expect(Promise.all([first, second])).resolves.toEqual(['done 1', 'done 2']);
    });
  });

  describe('given every slot busy', () => {
    it('queues jobs and sends them together, at most maxBatch at a time, each answered with its own outcome', async () => {
      const { runs, run } = controlledRun();
      const group = new GroupCommit(1, 3, run);
      const answers = [1, 2, -3, 4, 5].map((job) => group.submit(job).catch((e: Error) => e.message));
      expect(runs.map((r) => r.jobs)).toEqual([[1]]);
      runs[0].finish();
      await new Promise(setImmediate);
      expect(runs.map((r) => r.jobs)).toEqual([[1], [2, -3, 4]]);
      runs[1].finish();
      await new Promise(setImmediate);
      expect(runs.map((r) => r.jobs)).toEqual([[1], [2, -3, 4], [5]]);
      runs[2].finish();
      expect(await Promise.all(answers)).toEqual(['done 1', 'done 2', 'refused -3', 'done 4', 'done 5']);
    });

    it('fails every job of a run that throws, and goes on with the next', async () => {
      let calls = 0;
      const group = new GroupCommit<number, number>(1, 10, async (jobs) => {
        calls++;
        if (calls === 2) throw new Error('connection lost');
        return jobs.map((value) => ({ ok: true, value }));
      });
      const answers = [1, 2, 3].map((job) => group.submit(job).catch((e: Error) => e.message));
      expect(await Promise.all(answers)).toEqual([1, 'connection lost', 'connection lost']);
      await expect(group.submit(4)).resolves.toBe(4);
    });
  });
});
