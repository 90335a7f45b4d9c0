/** A calendar month, `YYYY-MM`, in Norwegian time. */
export type Month = string;

const OSLO_MONTH = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
});

/** The month a moment falls in, in Norway (a case received 31 December 23:30 UTC is January's). */
export function monthOf(at: Date): Month {
  const parts = OSLO_MONTH.formatToParts(at);
  const year = parts.find((p) => p.type === 'year')!.value;
  const month = parts.find((p) => p.type === 'month')!.value;
  return `${year}-${month}`;
}
