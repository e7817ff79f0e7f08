import { describe, expect, test } from 'vitest';
import { processDocument } from '../../../src/pipeline/process-document.ts';
import {
  checkTimeBudget,
  checkTimeBudgetSometimes,
  TimeBudgetExceeded,
  withTimeBudget,
} from '../../../src/pipeline/time-budget.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const article = `---\ntitle: 标题\ndate: 2022-01-01\n---\n${'<p>正文。</p>'.repeat(2000)}`;

describe('pipeline/time-budget', () => {
  test('stops the work once the clock passes the budget, naming the step', () => {
    let clock = 0;
    const run = () =>
      withTimeBudget(
        100,
        () => {
          checkTimeBudget('reading');
          clock = 150;
          checkTimeBudget('cleaning');
        },
        () => clock,
      );
    expect(run).toThrow(TimeBudgetExceeded);
    clock = 0;
    expect(run).toThrow(/stopped while cleaning/);
  });

  test('inside a loop reads the clock only now and then, and still stops', () => {
    let reads = 0;
    const now = () => {
      reads++;
      return reads > 1 ? 1_000 : 0;
    };
    expect(() =>
      withTimeBudget(
        10,
        () => {
          for (let i = 0; i < 10_000; i++) checkTimeBudgetSometimes('looping');
        },
        now,
      ),
    ).toThrow(/looping/);
    expect(reads).toBe(2);
  });

  test('costs nothing outside a budget', () => {
    expect(() => checkTimeBudget('anything')).not.toThrow();
  });

  test('a file over its budget is rejected with one line saying why and what to do, not a hang', () => {
    const result = processDocument('slow.md', bytes(article), -1);
    expect(result.document).toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        file: 'slow.md',
        severity: 'error',
        message: expect.stringMatching(/^took longer than .* s to read \(stopped while [^)]+\)$/),
        fix: expect.stringContaining('split the file'),
      }),
    ]);
    expect(processDocument('fine.md', bytes(article)).document).not.toBeNull();
  });
});
