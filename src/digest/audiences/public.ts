/** The public digest ("You said, we did"): public lessons only, in plain language. */
import type { Block, Document, Inline, Section } from '../../document/model.js';
import { longDate } from '../../document/text.js';
import type { PublicDigest, PublicItem } from '../build.js';
import { buildPublic } from '../build.js';
import { ABOUT_PUBLIC, TITLES, publicIntro } from '../wording.js';
import { digestHead } from './common.js';

const items = (list: readonly PublicItem[]): Block[] =>
  list.map((i) => ({
    kind: 'group',
    heading: i.title,
    blocks: [...(i.date ? [{ kind: 'paragraph', text: `Updated ${longDate(i.date)}`, tone: 'meta' } as Block] : []), { kind: 'paragraph', text: i.summary }],
  }));

/** How to reach PALS, from config `public.contact` (published contact details, never redacted). */
export function contactBlocks(c: NonNullable<PublicDigest['contact']>): Block[] {
  const lines: Block[] = [{ kind: 'paragraph', text: 'The Patient Advice and Liaison Service (PALS) listens to questions, concerns, compliments and complaints about our care, and helps to sort things out.' }];
  const items = [
    ...(c.phone ? [[{ strong: 'Phone:' }, ' ', c.phone] as Inline[]] : []),
    // As text, not links: the page is printed and put on notice boards, and makes no requests.
    ...(c.email ? [[{ strong: 'Email:' }, ' ', c.email] as Inline[]] : []),
    ...(c.url ? [[{ strong: 'Website:' }, ' ', c.url.replace(/^https?:\/\//, '').replace(/\/$/, '')] as Inline[]] : []),
  ];
  lines.push({ kind: 'list', items });
  return lines;
}

export function publicDocument(d: PublicDigest): Document {
  const sections: Section[] = [];
  if (d.you_said_we_did.length) sections.push({ heading: 'You said, we did', blocks: items(d.you_said_we_did) });
  if (d.what_we_learned.length) sections.push({ heading: 'What we learned', blocks: items(d.what_we_learned) });
  if (sections.length === 0) sections.push({ heading: 'What we learned', blocks: [{ kind: 'paragraph', text: 'There are no updates to share for this period.' } as Block] });
  if (d.contact) sections.push({ heading: 'Contact PALS', brief: true, blocks: contactBlocks(d.contact) });
  return { ...digestHead(d, TITLES.public, [publicIntro()]), sections, about: { heading: 'About this page', notes: [ABOUT_PUBLIC, ...d.notes] } };
}

export const publicAudience = { build: buildPublic, document: publicDocument };
