/** Larger than any pad or lesson: the server refuses more than 1 MiB anyway (413). */
export const IMPORT_MAX_BYTES = 1024 * 1024;

// Signatures of the files people most often drop by mistake: PDF, ZIP (so .docx, .odt, .pptx), images.
const MAGIC: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // PK.. (zip, docx, odt)
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xd0, 0xcf, 0x11, 0xe0], // old Word and Excel
];

/**
 * Whether the first bytes of a file look like a binary file rather than text: a known signature,
 * a NUL byte, or many control characters. Only a first sieve: the server checks again.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((magic) => magic.every((byte, index) => bytes[index] === byte))) return true;
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    // Tab, line feed, form feed and carriage return are text; other C0 controls are not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control += 1;
  }
  return bytes.length > 0 && control / bytes.length > 0.1;
}

/** What reading a dropped or chosen file gave. */
export type ReadFileResult =
  | { ok: true; text: string; filename: string }
  | { ok: false; reason: 'binary' | 'too_large' | 'unreadable'; filename: string };

/** Reads a file as text in the browser, refusing what is obviously not text or far too large. */
export async function readImportFile(file: File): Promise<ReadFileResult> {
  const filename = file.name;
  if (file.size > IMPORT_MAX_BYTES) return { ok: false, reason: 'too_large', filename };
  try {
    const head = new Uint8Array(await file.slice(0, 8192).arrayBuffer());
    if (looksBinary(head)) return { ok: false, reason: 'binary', filename };
    return { ok: true, text: await file.text(), filename };
  } catch {
    return { ok: false, reason: 'unreadable', filename };
  }
}
