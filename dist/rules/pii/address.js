import { execAll, isAllowed } from '../text.js';
import { oneByte } from './one-byte.js';
const TYPE = '(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Cl|Crescent|Cres|Drive|Dr|Way|Place|Pl|Court|Ct|Gardens|Gdns|Terrace|Terr|Row|Grove|Gr|Square|Sq|Hill|Mews|Rise|Walk|Parade|Boulevard|Approach|Croft|Chase|Vale|Wharf|Yard|Green|Park|View|Meadows?|Heights|Fields|Bank|Brow|Gate|Wynd|Loan|Vennel|Brae|Side|End|Crest|Dale|Garth|Holme|Nook|Ridge)';
const NAME = "(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|St\\.?)";
/** "Flat 9, " / "Apartment 3B " before the house number. */
const FLAT = '(?:(?:Flat|Apartment|Apt\\.?|Maisonette|Room)\\s+\\d{1,4}[A-Za-z]?,?\\s+)';
const HOUSE = `${FLAT}?\\d{1,4}[A-Za-z]?(?:-\\d{1,4})?,?\\s+(?:${NAME}\\s+){1,3}${TYPE}\\.?`;
const BUILDING_WORD = '(?:House|Cottage|Lodge|Farm|Mansions|Villas?|Barn|Manor|Flats|Buildings|Bungalow|Grange|Vicarage|Rectory|Cottages|Hall)';
const BUILDING = `(?:The\\s+)?(?:${NAME}\\s+){0,3}${BUILDING_WORD},?\\s+(?:\\d{1,4}[A-Za-z]?,?\\s+)?(?:${NAME}\\s+){1,3}${TYPE}\\.?`;
const ADDRESS = new RegExp(`\\b(?:${BUILDING}|${HOUSE})(?![\\w-])`, 'g');
/** Every address here ends in a street type: the cheap test first. */
const TYPE_WORD = new RegExp(`[a-z'’] ${TYPE}\\b`);
const HOUSE_START = /\d[A-Za-z]?,? [A-Z]/;
const BUILDING_HINT = /(?:House|Cottage|Lodge|Farm|Mansions|Villa|Barn|Manor|Flats|Buildings|Bungalow|Grange|Vicarage|Rectory|Cottages|Hall)\b/;
/** A number that counts something in a hospital, not a house: "Ward 12 Oak Lane", "Bay 4". */
const NOT_A_HOUSE = /\b(?:ward|bay|bed|room|level|floor|theatre|gate|entrance|clinic|unit|suite|zone|block|pod|station|area|wing|building|car\s+park|bus|route|platform|junction|exit)\s*$/i;
export const addressRule = {
    folded: true,
    rules: [{ id: 'pii/address', severity: 'error', description: 'A house or flat number with a street, or a named building with a road.' }],
    compile(config) {
        const allow = config.pii.allow;
        return (original) => {
            // Read in one byte a character where the text allows (one-byte.ts); the allow list is checked in the original.
            const text = oneByte(original);
            if (!TYPE_WORD.test(text) || (!HOUSE_START.test(text) && !BUILDING_HINT.test(text)))
                return [];
            const out = [];
            for (const m of execAll(ADDRESS, text)) {
                if (/^\d/.test(m[0]) && NOT_A_HOUSE.test(text.slice(Math.max(0, m.index - 20), m.index)))
                    continue;
                if (isAllowed(original, m.index, m[0].length, allow))
                    continue;
                out.push({
                    rule: 'pii/address',
                    index: m.index,
                    length: m[0].length,
                    message: 'This looks like a street address. Remove it, or say only what matters to the learning (e.g. "at home", "in a care home").',
                });
            }
            return out;
        };
    },
};
