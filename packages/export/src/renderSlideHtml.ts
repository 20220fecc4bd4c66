import { isHttpUrl } from '@minga/schema';
import type { CreditLink, DeckNotes, DeckSlide } from './deck.ts';
import { escapeHtml, escapeHtmlLines } from './escapeHtml.ts';
import { fitPercent } from './fitSlide.ts';
import { renderRichText, type RenderRichTextOptions } from './renderRichText.ts';
import { slideBlocks } from './slideBlocks.ts';

/**
 * One deck slide as a reveal.js `<section>` with its `<aside class="notes">`. The markup is
 * fixed here; deck strings only ever land in text positions or double-quoted attribute values,
 * escaped, and rich text goes through renderRichText.
 */

const text = escapeHtml;
const lines = escapeHtmlLines;

function link(value: CreditLink): string {
  return value.href !== undefined && isHttpUrl(value.href)
    ? `<a href="${text(value.href)}" target="_blank" rel="noopener noreferrer nofollow">${text(value.text)}</a>`
    : text(value.text);
}

function renderNotes(notes: DeckNotes, options: RenderRichTextOptions): string {
  const rich = notes.richText ? renderRichText(notes.richText, options) : '';
  const plain = notes.lines.filter((l) => l !== '').map((l) => `<p>${lines(l)}</p>`).join('');
  return `<aside class="notes">${rich}${plain}</aside>`;
}

function renderBody(slide: DeckSlide, options: RenderRichTextOptions): string {
  switch (slide.kind) {
    case 'title':
      return `<h1>${text(slide.title)}</h1>`
        + (slide.subtitle ? `<p class="minga-subtitle">${lines(slide.subtitle)}</p>` : '')
        + slide.details.map((d) => `<p class="minga-detail">${lines(d)}</p>`).join('');
    case 'agenda': {
      const rows = slide.rows.map((r) => `<tr${r.missing ? ' class="minga-row-missing"' : ''}><td class="minga-time">${text(r.time)}</td><td>${text(r.title)}</td><td>${text(r.who)}</td><td class="minga-minutes">${text(r.minutes)}</td></tr>`);
      return `<h2>${text(slide.heading)}</h2><table class="minga-agenda"><tbody>${rows.join('')}</tbody></table>`
        + (slide.footer ? `<p class="minga-detail">${text(slide.footer)}</p>` : '');
    }
    case 'section':
      return `<h2>${text(slide.title)}</h2>`
        + (slide.meta ? `<p class="minga-detail">${text(slide.meta)}</p>` : '')
        + (slide.objectives.length > 0
          ? `<h3>${text(slide.objectivesHeading)}</h3><ul class="minga-objectives">${slide.objectives.map((o) => `<li>${lines(o)}</li>`).join('')}</ul>`
          : '');
    case 'content':
      return renderRichText(slide.content, options);
    case 'free':
      return `<h2>${text(slide.title)}</h2>${slide.meta ? `<p class="minga-detail">${text(slide.meta)}</p>` : ''}`;
    case 'missing':
      return `<div class="minga-missing"><h2>${text(slide.title)}</h2><p>${text(slide.message)}</p>`
        + `${slide.meta ? `<p class="minga-detail">${text(slide.meta)}</p>` : ''}</div>`;
    case 'nextSteps':
      return `<h2>${text(slide.heading)}</h2>`
        + (slide.items.length > 0
          ? `<ul class="minga-next-steps">${slide.items.map((s) => `<li${s.done ? ' class="minga-done"' : ''}>${text(s.text)}</li>`).join('')}</ul>`
          : `<p class="minga-detail">${text(slide.empty)}</p>`);
    case 'credits': {
      const entries = slide.entries.map((e) => {
        const facts = e.lines.map((l) => `<li>${l.label ? `${text(l.label)} ` : ''}${link(l.value)}</li>`).join('');
        const sources = e.sources.length > 0
          ? `<li>${text(e.sourcesLabel)}<ul>${e.sources.map((s) => `<li>${link(s.title)}${s.licence ? ` (${text(s.licence)})` : ''}</li>`).join('')}</ul></li>`
          : '';
        return `<li><strong>${text(e.title)}</strong><ul>${facts}${sources}</ul></li>`;
      });
      return `<h2>${text(slide.heading)}</h2><ul class="minga-credit-list">${entries.join('')}</ul>`
        + slide.footer.map((f) => `<p class="minga-detail">${text(f)}</p>`).join('');
    }
    default:
      return '';
  }
}

/** The `<section>` of one slide, notes included. */
export function renderSlideHtml(slide: DeckSlide, options: RenderRichTextOptions = {}): string {
  const data = slide.timing
    ? ` data-minga-item="${text(slide.timing.itemId)}" data-minga-steps="${text(slide.timing.stepIds.join(' '))}" data-minga-minutes="${Number(slide.timing.plannedMinutes) || 0}"`
    : '';
  const blocks = slideBlocks(slide);
  const fit = blocks ? fitPercent(blocks) : 100;
  const classes = `minga-slide-${text(String(slide.kind))}${fit < 100 ? ` minga-fit-${fit}` : ''}`;
  return `<section id="${text(slide.id)}" class="${classes}"${data}>${renderBody(slide, options)}${renderNotes(slide.notes, options)}</section>`;
}
