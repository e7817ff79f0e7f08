/** A passage a cleaning rule took out of a document, listed in the build report. */
export type RemovedText = { rule: string; text: string };

/** Counts how often each named cleaning rule fired, and keeps the text the rules removed. */
export class RuleCounter {
  readonly counts = new Map<string, number>();
  readonly removed: RemovedText[] = [];
  /** Rules that wanted to remove the block holding most of the text and were held back. */
  readonly heldBack: { rule: string; block: string }[] = [];

  /** A removal the safety net refused: the text stays, and the build says which rule wanted it. */
  holdBack(rule: string, block: string): void {
    this.heldBack.push({ rule, block: block.slice(0, 80) });
  }

  /** `removedText`: what the rule took out, so that no text is lost without a record. */
  fire(rule: string, times = 1, removedText?: string): void {
    this.counts.set(rule, (this.counts.get(rule) ?? 0) + times);
    const text = removedText?.replace(/\s+/g, ' ').trim();
    if (text) this.removed.push({ rule, text });
  }

  merge(other: RuleCounter): void {
    for (const [rule, count] of other.counts) this.counts.set(rule, (this.counts.get(rule) ?? 0) + count);
    // One at a time: spreading a hundred thousand records overflows the call stack.
    for (const record of other.removed) this.removed.push(record);
    for (const record of other.heldBack) this.heldBack.push(record);
  }
}
