/** Dates are shown in China time, where these documents were published. */
const formatter = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'Asia/Shanghai',
});

export function formatDate(iso: string | null, year: number | null = null): string {
  if (iso) {
    const time = Date.parse(iso);
    if (!Number.isNaN(time)) return formatter.format(time);
  }
  return year === null ? '日期不详' : `${year}年`;
}
