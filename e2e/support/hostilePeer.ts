import { slideFragment } from '@minga/doc-model';
import { expect } from '@playwright/test';
import * as Y from 'yjs';
import { connectUnitPeer, readOnServer } from './unitPeer.ts';

/**
 * A peer with the edit key and a modified client: it writes straight into a unit's Yjs document
 * what no Minga editor (and no REST call, the schema refuses them) would let through: links to
 * `javascript:` and `data:text/html`, images from `data:` and `javascript:`, `<script>`,
 * `<iframe>` and `<img onerror>` elements, event-handler attributes. The deck must render none
 * of it as anything but inert text.
 */
export async function writeHostileSlide(origin: string, workspaceId: string, unitId: string, slideId: string, key: string, marker: string): Promise<void> {
  const peer = await connectUnitPeer(origin, workspaceId, unitId, key);
  const { doc } = peer;
  try {
    const content = slideFragment(doc, slideId, 'content');
    const notes = slideFragment(doc, slideId, 'notes');
    if (!content || !notes) throw new Error(`no slide ${slideId} in unit ${unitId}`);
    doc.transact(() => {
      for (const fragment of [content, notes]) {
        // Types are filled once they are in the document (Yjs cannot read a detached text's length).
        const para = new Y.XmlElement('paragraph');
        const handlerPara = new Y.XmlElement('paragraph');
        const dataImage = new Y.XmlElement('image');
        const jsImage = new Y.XmlElement('image');
        const svgImage = new Y.XmlElement('image');
        const script = new Y.XmlElement('script');
        const iframe = new Y.XmlElement('iframe');
        const img = new Y.XmlElement('img');
        fragment.insert(fragment.length, [para, handlerPara, dataImage, jsImage, svgImage, script, iframe, img]);
        handlerPara.setAttribute('onclick', 'window.__pwned=1');
        const handlerText = new Y.XmlText();
        handlerPara.insert(0, [handlerText]);
        handlerText.insert(0, 'click me');
        const text = new Y.XmlText();
        para.insert(0, [text]);
        text.insert(0, `${marker} `);
        text.insert(text.length, 'js link', { link: { href: 'javascript:window.__pwned=1' } });
        text.insert(text.length, ' data link', { link: { href: 'data:text/html,<script>window.__pwned=1</script>' } });
        text.insert(text.length, ' spaced', { link: { href: ' jAvAsCrIpT:window.__pwned=1' } });
        dataImage.setAttribute('src', 'data:text/html,<script>window.__pwned=1</script>');
        dataImage.setAttribute('alt', 'x" onerror="window.__pwned=1');
        jsImage.setAttribute('src', 'javascript:window.__pwned=1');
        svgImage.setAttribute('src', 'data:image/svg+xml,<svg onload="window.__pwned=1"/>');
        const code = new Y.XmlText();
        script.insert(0, [code]);
        code.insert(0, 'window.__pwned=1');
        iframe.setAttribute('src', 'javascript:window.__pwned=1');
        img.setAttribute('src', 'x');
        img.setAttribute('onerror', 'window.__pwned=1');
      }
    });
    // A second connection that sees the marker proves the server has it.
    await expect.poll(
      () => readOnServer(origin, workspaceId, unitId, key, (copy) => slideFragment(copy, slideId, 'content')?.toString().includes(marker) ?? false).catch(() => false),
      { message: 'the server never had the hostile slide', timeout: 15_000 },
    ).toBe(true);
  } finally {
    peer.close();
  }
}
