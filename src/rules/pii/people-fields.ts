/**
 * `pii/name` in the people fields (owner, approved_by, ...), which must hold a role: "Ward Manager,
 * Ward 4" passes, "Lena Hart, Ward Manager" and "Ingram" do not (name.ts finds the names). Apart
 * from name.ts because it reads the entry schemas (which fields are people fields), and what only
 * reads text (the redactor, the text-stage thread of parallel.ts) does not need to load them.
 */
import { entryTypes } from '../../model/entry-types.js';
import { roleFieldNames } from '../../model/fields.js';
import '../../model/types/index.js';
import type { PathSegment } from '../../repo/frontmatter.js';
import { detached, isRecord } from '../../util/values.js';
import type { FileRule } from '../types.js';
import { nameInRoleField } from './name.js';

/** The fields that must hold a role, never a name: every field the entry schemas make with `role` (owner, approved_by, author, …). */
export function peopleFields(): ReadonlySet<string> {
  return (people ??= roleFieldNames(entryTypes().map((d) => d.schema)));
}
let people: ReadonlySet<string> | undefined;

/** Role-field values seen before (the same few roles repeat across a repository). */
const roleFieldCache = new Map<string, string | undefined>();

function cachedNameInRoleField(value: string): string | undefined {
  if (roleFieldCache.has(value)) return roleFieldCache.get(value);
  const found = nameInRoleField(value);
  if (roleFieldCache.size > 10_000) roleFieldCache.clear();
  // A copy: the value is cut from the file's text, which it would keep alive.
  roleFieldCache.set(detached(value), detached(found));
  return found;
}

/** People fields that must hold a role (a file rule: it needs the field's name). */
export const peopleFieldsRule: FileRule = {
  rules: [],
  check(ctx) {
    if (!ctx.data) return;
    const report = (field: string, path: PathSegment[], name: string) =>
      ctx.report({
        rule: 'pii/name',
        path,
        needle: name,
        message: `"${field}" must hold a role or a group (e.g. "Ward Manager, Ward 7"), and this looks like a person's name (${name[0]}***). Write the role instead.`,
      });
    // Paths are made only for what is reported: most values hold a role.
    const field = (value: unknown, path: () => PathSegment[], name: string) => {
      if (typeof value === 'string') {
        const found = cachedNameInRoleField(value);
        if (found) report(name, path(), found);
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) field(value[i], () => [...path(), i], name);
      }
    };
    // People fields sit at the top level or one list down (an action's owner). An item's own keys
    // are fewer than the people fields, so those are what is looked up.
    const people = peopleFields();
    const data: Record<string, unknown> = ctx.data;
    for (const k in data) {
      const v = data[k];
      if (people.has(k)) field(v, () => [k], k);
      else if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          const item = v[i];
          if (!isRecord(item)) continue;
          for (const f in item) if (people.has(f) && item[f] !== undefined) field(item[f], () => [k, i, f], f);
        }
      }
    }
  },
};
