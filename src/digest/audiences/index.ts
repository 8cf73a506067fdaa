/**
 * The digest audiences: each is one module (its data and its document) and one line here. The
 * command, `--format` and every renderer work from this registry.
 */
import type { Document } from '../../document/model.js';
import type { BoardDigest, BuildInput, Digest, PublicDigest, StaffDigest } from '../build.js';
import { boardAudience } from './board.js';
import type { BoardReport } from '../board-report.js';
import { publicAudience } from './public.js';
import { staffAudience } from './staff.js';

export interface AudienceModule<D extends Digest = Digest> {
  build(input: BuildInput): D;
  document(digest: D): Document;
}

export const AUDIENCES: { staff: AudienceModule<StaffDigest>; public: AudienceModule<PublicDigest>; board: AudienceModule<BoardReport> } = {
  staff: staffAudience,
  public: publicAudience,
  board: boardAudience,
};

export type Audience = keyof typeof AUDIENCES;
export const AUDIENCE_NAMES = Object.keys(AUDIENCES) as Audience[];

/** The document of a digest, whichever audience it is for. */
export function digestDocument(d: Digest): Document {
  return (AUDIENCES[d.audience] as AudienceModule).document(d);
}
