import { describe, expect, it } from 'vitest';
import { RichTextSchema } from './richText.ts';
import { SLIDE_LAYOUTS, newSlideContent, slideLayoutBlocks } from './slideLayouts.ts';

describe('slide layouts', () => {
  it('start a new slide with an empty title heading and an empty body paragraph', () => {
    expect(newSlideContent().content.map((block) => block.type)).toEqual(['heading', 'paragraph']);
  });

  it('are valid rich text that survives normalisation unchanged, every one of them', () => {
    for (const layout of SLIDE_LAYOUTS) {
      const doc = { type: 'doc' as const, content: slideLayoutBlocks(layout) };
      expect(RichTextSchema.parse(doc), layout).toEqual(doc);
    }
  });

  it('give two columns as one row of two cells under the title, and a section as one big heading', () => {
    const [, table] = slideLayoutBlocks('twoColumns');
    expect(table?.type).toBe('table');
    expect(table && 'content' in table ? table.content?.[0] : undefined).toMatchObject({ type: 'tableRow', content: [{ type: 'tableCell' }, { type: 'tableCell' }] });
    expect(slideLayoutBlocks('section')).toEqual([{ type: 'heading', attrs: { level: 1 } }]);
  });
});
