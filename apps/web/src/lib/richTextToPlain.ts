/** The words of a Tiptap JSON document, blocks separated by line breaks (for previews). */
export function richTextToPlain(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const { type, text, content } = node as { type?: unknown; text?: unknown; content?: unknown };
  if (typeof text === 'string') return text;
  const children = Array.isArray(content) ? content.map(richTextToPlain) : [];
  const inline = type === 'paragraph' || type === 'heading' || type === 'tableCell' || type === 'tableHeader';
  return children.join(inline ? '' : '\n').trim();
}
