/**
 * `ref/unresolved`, `ref/type`, `ref/backlink`: ids that entries point at exist, are of the right
 * type, and an incident's `lessons` are matched by those lessons' `sources`.
 */
import { entryType, entryTypes, isEntryType, nounWithType, type Reference } from '../model/entry-types.js';
import '../model/types/index.js';
import { invisibleNote } from '../util/invisible.js';
import { str } from '../util/values.js';
import type { IndexedEntry, RepositoryRule } from './types.js';
import { fieldOf } from '../model/entry.js';

export const referencesRule: RepositoryRule = {
  rules: [
    { id: 'ref/unresolved', severity: 'error', description: 'A referenced id does not exist.' },
    { id: 'ref/type', severity: 'error', description: 'A reference points at the wrong type of entry.' },
    {
      id: 'ref/backlink',
      severity: 'error',
      description: "An incident lists a lesson in `lessons` that does not list the incident in its `sources`.",
    },
  ],
  fields: [...new Set(entryTypes().flatMap((d) => d.references.map((r) => r.field))), 'sources'],
  check(entries, report) {
    const byId = new Map<string, IndexedEntry>();
    for (const e of entries) if (e.id !== undefined && !byId.has(e.id)) byId.set(e.id, e);

    for (const entry of entries) {
      if (!entry.type) continue;
      if (!isEntryType(entry.type)) continue;
      for (const ref of entryType(entry.type).references) {
        const value = fieldOf(entry.data, ref.field);
        // No array is made per reference, nor a key path until there is something to report:
        // this runs over every reference in the repository on every run (--cache and --changed too).
        if (ref.many) {
          if (Array.isArray(value)) for (let i = 0; i < value.length; i++) if (typeof value[i] === 'string') check(entry, ref, value[i] as string, i);
        } else if (str(value) !== undefined) {
          check(entry, ref, value as string, undefined);
        }
      }
    }

    function check(entry: IndexedEntry, ref: Reference, id: string, index: number | undefined): void {
      const target = byId.get(id);
      const path = () => (index === undefined ? [ref.field] : [ref.field, index]);
      if (!target) {
        report(entry.file, {
          rule: 'ref/unresolved',
          path: path(),
          message: `"${id}" in "${ref.field}" does not match any entry in the repository. Check the id, or add the missing entry.${invisibleNote(id)}`,
        });
      } else if (target.type !== ref.to) {
        report(entry.file, {
          rule: 'ref/type',
          path: path(),
          message: `"${id}" in "${ref.field}" is ${target.type ? nounWithType(target.type) : 'an entry of unknown type'} (${target.file}), but "${ref.field}" must list ${nounWithType(ref.to)}.`,
        });
      } else if (entry.type === 'incident' && ref.field === 'lessons' && entry.id !== undefined) {
        const sources = target.data.sources;
        if (!(Array.isArray(sources) && sources.includes(entry.id))) {
          report(entry.file, {
            rule: 'ref/backlink',
            path: path(),
            message: `This source lists the lesson "${id}", but that lesson does not list "${entry.id}" in its "sources". Add "${entry.id}" to the lesson's sources (${target.file}), or remove the lesson from this list.`,
          });
        }
      }
    }
  },
};
