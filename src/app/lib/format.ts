import { messagesOf, uiLanguage } from '../i18n/messages.ts';
import { shell } from '../i18n/zh/shell.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

const OFFSET = /(?:([+-])(\d{2}):?(\d{2})|Z)$/i;

/** The offset an ISO date was written with, in minutes (the build keeps the source's own), or null. */
export function offsetOf(iso: string): number | null {
  const match = OFFSET.exec(iso);
  if (!match) return null;
  if (match[1] === undefined) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * A document's date on the day its source gives: in the zone its date was written in (an
 * afternoon in New York, -05:00, is not the next day in China), as written where it has no zone.
 * A date in UTC (Z, GMT, +00:00) is how scrapers and feeds store any date, not a zone of the
 * source's: it is shown in China time, where these publications are. In the interface's language.
 */
export function formatDate(iso: string | null, year: number | null = null): string {
  if (iso) {
    const offset = offsetOf(iso);
    const zone = offset === 0 ? 'Asia/Shanghai' : 'UTC';
    // Otherwise the wall-clock time where the source was, read as UTC and shown as UTC.
    const time =
      offset === null ? Date.parse(`${iso}Z`) : offset === 0 ? Date.parse(iso) : Date.parse(iso) + offset * 60_000;
    if (!Number.isNaN(time)) {
      const language = uiLanguage();
      let formatter = formatters.get(`${language} ${zone}`);
      if (!formatter) {
        formatter = new Intl.DateTimeFormat(language, {
          year: 'numeric',
          month: language === 'en' ? 'short' : 'long',
          day: 'numeric',
          timeZone: zone,
        });
        formatters.set(`${language} ${zone}`, formatter);
      }
      return formatter.format(time);
    }
  }
  const m = messagesOf(shell);
  return year === null ? m.dateUnknown : m.year(year);
}

/** A moment of the reader's own (an import, a save) in their own zone, as the interface's language writes it. */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time)
    ? iso
    : new Date(time).toLocaleString(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** A count as the interface's language writes it (1,234 in both, for now: the point is one place to say so). */
export function formatNumber(value: number): string {
  return value.toLocaleString(uiLanguage());
}
