import { boardAudience } from './board.js';
import { publicAudience } from './public.js';
import { staffAudience } from './staff.js';
export const AUDIENCES = {
    staff: staffAudience,
    public: publicAudience,
    board: boardAudience,
};
export const AUDIENCE_NAMES = Object.keys(AUDIENCES);
/** The document of a digest, whichever audience it is for. */
export function digestDocument(d) {
    return AUDIENCES[d.audience].document(d);
}
