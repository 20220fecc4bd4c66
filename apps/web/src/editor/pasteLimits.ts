/**
 * Largest paste or drop the editor takes, in characters of HTML or of plain text. Past this a
 * paste is refused whole, with a message: a slide is not the place for a book, and parsing
 * megabytes of office HTML would freeze everyone's page while it syncs.
 */
export const MAX_PASTE_CHARS = 200_000;
