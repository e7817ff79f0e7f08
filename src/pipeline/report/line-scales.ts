/*
 * How prominent each text line's type is, where the PDF tells it (see `documentLayout`): the
 * size against the body text's, a step more when bold. Text from pdftotext tells nothing.
 */

/** The size of type against the body text's, for each line where the PDF tells it. */
export type LineScales = readonly number[] | null;

/** A heading is set this much larger than the body text, at least… */
export const LARGE_TYPE = 1.15;
/** …and navigation tabs, footers and captions this much smaller, at most. */
export const SMALL_TYPE = 0.9;

/**
 * Whether a line may be a sub-heading by its type. Where the type is not known, or where most
 * of the headings the contents placed are set no larger than the body (a PDF whose headings
 * differ only by a font name that does not say bold), any line may; otherwise only one set
 * larger or bolder than the body, as those headings are.
 */
export function headingByType(scales: LineScales, headingLines: readonly number[]): (line: number) => boolean {
  const large = headingLines.filter((line) => (scales?.[line] ?? 1) >= LARGE_TYPE).length;
  if (scales === null || headingLines.length === 0 || large * 2 <= headingLines.length) return () => true;
  return (line) => (scales[line] ?? 1) >= LARGE_TYPE;
}
