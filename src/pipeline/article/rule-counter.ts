/** Counts how often each named cleaning rule fired, for the build report. */
export class RuleCounter {
  readonly counts = new Map<string, number>();

  fire(rule: string, times = 1): void {
    this.counts.set(rule, (this.counts.get(rule) ?? 0) + times);
  }

  merge(other: RuleCounter): void {
    for (const [rule, count] of other.counts) this.fire(rule, count);
  }
}
