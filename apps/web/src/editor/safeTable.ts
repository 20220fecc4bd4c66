import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { boundedInt } from './attributeLimits.ts';

const SPAN_MAX = 100;
const WIDTH_MAX = 10000;

/** Column widths from a `colwidth="120,80"` attribute, or null. */
function parseColwidth(element: HTMLElement): number[] | null {
  const raw = element.getAttribute('colwidth');
  if (!raw) return null;
  const widths = raw.split(',').map((part) => boundedInt(part, 0, WIDTH_MAX));
  return widths.every((width): width is number => width !== null) && widths.length > 0 ? widths : null;
}

// Tiptap's cells also carry `align`, which the JSON form does not know: cells here have only
// what it allows (colspan and rowspan 1–100, colwidth), read as bounded numbers.
const cellAttributes = () => ({
  colspan: { default: 1, parseHTML: (element: HTMLElement) => boundedInt(element.getAttribute('colspan'), 1, SPAN_MAX) ?? 1 },
  rowspan: { default: 1, parseHTML: (element: HTMLElement) => boundedInt(element.getAttribute('rowspan'), 1, SPAN_MAX) ?? 1 },
  colwidth: { default: null, parseHTML: parseColwidth },
});

/** A table cell with the allow-list's attributes only. */
export const SafeTableCell = TableCell.extend({ addAttributes: cellAttributes });

/** A table header cell with the allow-list's attributes only. */
export const SafeTableHeader = TableHeader.extend({ addAttributes: cellAttributes });

/** Tables without column resizing (widths are left to the deck's theme). */
export const tableExtensions = [Table.configure({ resizable: false }), TableRow, SafeTableHeader, SafeTableCell];
