/** The public digest ("You said, we did"): public lessons only, in plain language. */
import type { Block, Document } from '../../document/model.js';
import type { PublicDigest, PublicItem } from '../build.js';
import { buildPublic } from '../build.js';
import { ABOUT_PUBLIC, TITLES, publicIntro } from '../wording.js';
import { digestHead } from './common.js';

const items = (list: readonly PublicItem[]): Block[] => list.map((i) => ({ kind: 'group', heading: i.title, blocks: [{ kind: 'paragraph', text: i.summary }] }));

export function publicDocument(d: PublicDigest): Document {
  const sections = [];
  if (d.you_said_we_did.length) sections.push({ heading: 'You said, we did', blocks: items(d.you_said_we_did) });
  if (d.what_we_learned.length) sections.push({ heading: 'What we learned', blocks: items(d.what_we_learned) });
  if (sections.length === 0) sections.push({ heading: 'What we learned', blocks: [{ kind: 'paragraph', text: 'There are no updates to share for this period.' } as Block] });
  return { ...digestHead(d, TITLES.public, [publicIntro()]), sections, about: { heading: 'About this page', notes: [ABOUT_PUBLIC, ...d.notes] } };
}

export const publicAudience = { build: buildPublic, document: publicDocument };
