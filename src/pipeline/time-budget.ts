/**
 * A per-file time budget. Every step is meant to be linear in its input, but a file nobody
 * has seen may find a shape that is not: past its budget the file is rejected with the step it
 * was in, instead of holding the whole build. The pipeline is synchronous, so the budget is
 * checked at step boundaries and every few hundred items of the long loops.
 */

/** The time one file may take, unless the build is told otherwise. */
export const DEFAULT_FILE_BUDGET_MS = 20_000;

export class TimeBudgetExceeded extends Error {
  constructor(
    readonly step: string,
    readonly budgetMs: number,
  ) {
    super(`took longer than ${budgetMs / 1000} s to read (stopped while ${step})`);
    this.name = 'TimeBudgetExceeded';
  }
}

type Budget = { deadline: number; budgetMs: number; now: () => number; calls: number };
let current: Budget | null = null;

/** Runs fn under a budget of budgetMs; `now` is the clock (a test passes its own). */
export function withTimeBudget<T>(budgetMs: number, fn: () => T, now: () => number = () => performance.now()): T {
  const outer = current;
  current = { deadline: now() + budgetMs, budgetMs, now, calls: 0 };
  try {
    return fn();
  } finally {
    current = outer;
  }
}

/** Throws TimeBudgetExceeded when the file's time is up; `step` says what was being done. */
export function checkTimeBudget(step: string): void {
  if (current && current.now() > current.deadline) throw new TimeBudgetExceeded(step, current.budgetMs);
}

/** The same check for the inside of a loop: the clock is read every 256th call only. */
export function checkTimeBudgetSometimes(step: string): void {
  if (current && (++current.calls & 0xff) === 0) checkTimeBudget(step);
}
