import type { Delivery } from '@minga/schema';

/** "Brest, 14 mars 2026": how a delivery is named in menus and on the timeline. */
export function deliveryName(delivery: Pick<Delivery, 'place' | 'date'>, language: string): string {
  const date = new Date(`${delivery.date}T12:00:00Z`);
  const shown = Number.isNaN(date.getTime()) ? delivery.date : new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  return `${delivery.place}, ${shown}`;
}
