/** A safe, readable file name from a title: "Les communs, décideurs" → "les-communs-decideurs". */
export function slugify(title: string, fallback = 'minga'): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || fallback;
}

/** A Content-Disposition header for a download, with an ASCII name and the UTF-8 one. */
export function attachment(filename: string): string {
  return `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
