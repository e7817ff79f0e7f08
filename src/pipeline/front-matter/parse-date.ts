/**
 * Dates as scraped corpora write them, to ISO 8601 with an explicit offset.
 * A date with no zone is read as Asia/Shanghai: these are Chinese publications.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export type ParsedDate = { iso: string; year: number; assumedZone: boolean };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function formatOffset(minutes: number): string {
  if (minutes === 0) return '+00:00';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

type Parts = { y: number; mo: number; d: number; h: number; mi: number; s: number };

function isValidParts(p: Parts): boolean {
  if (p.y < 1000 || p.y > 9999 || p.mo < 1 || p.mo > 12 || p.h > 23 || p.mi > 59 || p.s > 60) return false;
  const daysInMonth = new Date(Date.UTC(p.y, p.mo, 0)).getUTCDate();
  return p.d >= 1 && p.d <= daysInMonth;
}

function toIso(p: Parts, offsetMinutes: number): string {
  return `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}${formatOffset(offsetMinutes)}`;
}

/** The zone's offset at that wall-clock time (Shanghai kept summer time 1986–1991). */
function zoneOffsetMinutes(p: Parts, timeZone: string): number {
  const asUtc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const get = (parts: Intl.DateTimeFormatPart[], type: string): number =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  // Two passes find the offset in force at the local time, not at the UTC instant.
  let offset = 0;
  for (let pass = 0; pass < 2; pass++) {
    const parts = formatter.formatToParts(new Date(asUtc - offset * 60000));
    const local = Date.UTC(
      get(parts, 'year'),
      get(parts, 'month') - 1,
      get(parts, 'day'),
      get(parts, 'hour'),
      get(parts, 'minute'),
      get(parts, 'second'),
    );
    offset = Math.round((local - (asUtc - offset * 60000)) / 60000);
  }
  return offset;
}

function parseOffset(zone: string | undefined): number | null {
  if (zone === undefined || zone === '') return null;
  const upper = zone.toUpperCase();
  if (upper === 'Z' || upper === 'GMT' || upper === 'UT' || upper === 'UTC') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return Number.NaN;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function finish(p: Parts, zone: string | undefined): ParsedDate | null {
  if (!isValidParts(p)) return null;
  const explicit = parseOffset(zone);
  if (Number.isNaN(explicit)) return null;
  const assumedZone = explicit === null;
  const offset = explicit ?? zoneOffsetMinutes(p, DEFAULT_TIME_ZONE);
  return { iso: toIso(p, offset), year: p.y, assumedZone };
}

// RFC 2822: 'Sat, 11 Dec 2021 12:56:59 GMT' (weekday optional, seconds optional).
const RFC_2822 =
  /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,3}|[+-]\d{4})?$/;
// ISO 8601 and its space-separated cousin: '2022-04-24 19:27:09 +0800', '2020-08-30T21:56:11.000Z',
// '2021-10-28 14:08:07', '2021/10/28', '2021-10-28'.
const ISO_LIKE =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|GMT|UTC)?$/i;
// '2021年12月11日 12:56'
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2})[:：时](\d{2})分?(?:[:：](\d{2})秒?)?)?$/;

export function parseDate(value: string): ParsedDate | null {
  const text = value.trim();
  let m = RFC_2822.exec(text);
  if (m) {
    const month = MONTHS.indexOf((m[2] ?? '').toLowerCase());
    if (month === -1) return null;
    return finish(
      { y: Number(m[3]), mo: month + 1, d: Number(m[1]), h: Number(m[4]), mi: Number(m[5]), s: Number(m[6] ?? 0) },
      m[7] ?? undefined,
    );
  }
  m = ISO_LIKE.exec(text) ?? CHINESE.exec(text);
  if (m) {
    return finish(
      {
        y: Number(m[1]),
        mo: Number(m[2]),
        d: Number(m[3]),
        h: Number(m[4] ?? 0),
        mi: Number(m[5] ?? 0),
        s: Number(m[6] ?? 0),
      },
      m[7] ?? undefined,
    );
  }
  return null;
}
