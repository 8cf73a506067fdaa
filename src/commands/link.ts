/**
 * `lessons link <lesson-id> <source-id|policy-id>`: links a lesson to the learning source it came
 * from (the lesson's `sources`, the source's `lessons`) or to a policy it changed (`policies` and
 * the policy's `lessons`). Both files are edited in place, checked together with every rule, and
 * written together (if the second write fails, the first is put back).
 */
import type { Context } from '../context.js';
import { openEntry, openWorkspace, saveEdits } from '../authoring/apply.js';
import { stringItems } from '../util/values.js';

export interface LinkOptions {
  branch?: boolean;
}

export async function run(ctx: Context, lessonId: string, otherId: string, opts: LinkOptions): Promise<number> {
  const ws = await openWorkspace(ctx);
  const lesson = openEntry(ws, lessonId, ['lesson']);
  const other = openEntry(ws, otherId, ['incident', 'policy']);
  const lessonField = other.type === 'incident' ? 'sources' : 'policies';
  const has = (data: Record<string, unknown>, field: string, id: string) => stringItems(data[field]).some((i) => i.value === id);
  if (!has(lesson.editor.data, lessonField, otherId)) lesson.editor.append([lessonField], otherId);
  if (!has(other.editor.data, 'lessons', lessonId)) other.editor.append(['lessons'], lessonId);
  if (lesson.editor.changes.length) lesson.editor.set(['updated'], ws.today);
  return saveEdits(ctx, ws, [lesson, other], {
    branch: opts.branch ? { name: `${lessonId}-link-${otherId}`, message: `Link ${lessonId} and ${otherId}` } : undefined,
  });
}
