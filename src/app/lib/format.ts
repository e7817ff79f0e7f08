import { messagesOf, uiLanguage } from '../i18n/messages.ts';
import { shell } from '../i18n/zh/shell.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Dates are shown in China time, where these documents were published, written as the interface's language writes them. */
export function formatDate(iso: string | null, year: number | null = null): string {
  if (iso) {
    const time = Date.parse(iso);
    if (!Number.isNaN(time)) {
      const language = uiLanguage();
      let formatter = formatters.get(language);
      if (!formatter) {
        formatter = new Intl.DateTimeFormat(language, {
          year: 'numeric',
          month: language === 'en' ? 'short' : 'long',
          day: 'numeric',
          timeZone: 'Asia/Shanghai',
        });
        formatters.set(language, formatter);
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
