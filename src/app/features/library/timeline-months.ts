/** Every month from the first to the last ('YYYY-MM'), the empty ones too, so gaps show as gaps. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const endYear = Number(last.slice(0, 4));
  const endMonth = Number(last.slice(5, 7));
  // A guard against malformed input: a century of months is more than any library spans.
  while ((year < endYear || (year === endYear && month <= endMonth)) && months.length < 1200) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

export type TimelineBar = { month: string; count: number };

/** The bars of the timeline: each month between the first and last with documents, and its count. */
export function timelineBars(counts: ReadonlyMap<string, number>): TimelineBar[] {
  const months = [...counts.keys()].filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  const first = months[0];
  const last = months.at(-1);
  if (first === undefined || last === undefined) return [];
  return monthsBetween(first, last).map((month) => ({ month, count: counts.get(month) ?? 0 }));
}
