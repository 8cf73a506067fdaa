/**
 * `lessons.config.yaml` (docs/writing-entries.md). Every key is optional; unknown keys are an error.
 */
import { z } from './zod.js';
import { entryTypes, type EntryType } from './entry-types.js';
import './types/index.js';

const slugList = (description: string) => z.array(z.string().min(1)).meta({ description }).optional();

const prefix = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_]{0,15}$/)
  .meta({ description: 'Letters and digits, e.g. LL.' })
  .optional();

export const configSchema = z
  .strictObject({
    organisation: z.string().min(1).meta({ description: 'The organisation named in digests.' }).optional(),
    root: z.string().min(1).meta({ description: 'The content folder, relative to this file. Default: lessons.' }).optional(),
    taxonomy: z
      .strictObject({
        themes: slugList('Allowed themes. Leave out to allow any.'),
        services: slugList('Allowed services. Leave out to allow any.'),
        audiences: slugList('Allowed audiences. Leave out to allow any.'),
      })
      .meta({ description: 'Allowed values for themes, services and audiences.' })
      .optional(),
    pii: z
      .strictObject({
        patterns: z
          .array(
            z.strictObject({
              name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).meta({ description: 'A short name, e.g. hospital-number.' }),
              pattern: z.string().min(1).meta({ description: 'A regular expression (JavaScript syntax).' }),
              exact: z.boolean().optional().meta({ description: 'Match the pattern as written: case and spacing count. By default a pattern matches in any case, with spaces, dashes or dots between its letters and digits.' }),
            }),
          )
          .meta({ description: 'Extra identifiers to detect, such as a local hospital-number format.' })
          .optional(),
        allow: z
          .array(z.string().min(1))
          .meta({ description: 'Exact strings that are not personal data, such as a team mailbox.' })
          .optional(),
      })
      .meta({ description: 'Detection of identifiable data.' })
      .optional(),
    language: z
      .strictObject({
        terms: z
          .array(
            z.strictObject({
              phrase: z.string().min(2).meta({ description: 'Words to look for (any case).' }).optional(),
              pattern: z.string().min(2).meta({ description: 'Or a regular expression.' }).optional(),
              suggestion: z.string().min(2).meta({ description: 'A systems-focused alternative.' }),
              note: z.string().min(2).meta({ description: 'Why the wording matters.' }).optional(),
              severity: z.enum(['warning', 'error']).optional(),
            }),
          )
          .meta({ description: 'Extra blaming phrases to flag.' })
          .optional(),
      })
      .meta({ description: 'Blame-free language checks.' })
      .optional(),
    policy: z
      .strictObject({
        review_warning_days: z
          .number()
          .int()
          .min(0)
          .meta({ description: 'Warn this many days before a policy review date. Default: 90.' })
          .optional(),
      })
      .optional(),
    ids: z
      .strictObject({
        prefix: z
          .strictObject(Object.fromEntries(entryTypes().map((d) => [d.type, prefix])))
          .meta({ description: 'Id prefixes for new entries.' })
          .optional(),
      })
      .optional(),
    just_culture: z
      .strictObject({
        guide: z
          .string()
          .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/)
          .meta({ description: 'The id of the just culture guide new runs use: the built-in nhs-just-culture-guide-2018 or one in guides/. Default: the built-in guide.' })
          .optional(),
      })
      .meta({ description: 'The just culture guide.' })
      .optional(),
    limits: z
      .strictObject({
        max_file_bytes: z
          .number()
          .int()
          .positive()
          .meta({ description: 'Files larger than this are not read. Default: 1048576 (1 MiB).' })
          .optional(),
      })
      .optional(),
    // The learning library (`lessons site`, src/site/).
    site: z
      .strictObject({
        base_url: z
          .string()
          .regex(/^https?:\/\/[^\s/?#]+[^\s?#]*$/)
          .meta({ description: 'Where the site is published, e.g. https://intranet.example.nhs.uk/lessons. Digests, briefings, review comments and list link each entry to its page there.' })
          .optional(),
      })
      .meta({ description: 'The learning library site.' })
      .optional(),
    // Issue 15: the trust's PALS contact for the public digest, and the warning window of clocks.
    public: z
      .strictObject({
        contact: z
          .strictObject({
            phone: z.string().min(3).meta({ description: 'The published PALS phone number.' }).optional(),
            email: z.string().min(3).meta({ description: 'The published PALS email address.' }).optional(),
            url: z.url({ protocol: /^https?$/ }).meta({ description: 'The PALS web page (https://…).' }).optional(),
          })
          .meta({ description: "The trust's Patient Advice and Liaison Service, shown in the public digest. It is published contact information, not personal data: it is never redacted." })
          .optional(),
      })
      .meta({ description: 'Settings for what patients and carers see.' })
      .optional(),
    deadlines: z
      .strictObject({
        due_soon_days: z
          .number()
          .int()
          .min(0)
          .meta({ description: 'Warn this many days before a statutory or agreed deadline. Default: 14.' })
          .optional(),
      })
      .meta({ description: 'Statutory and agreed clocks on learning sources.' })
      .optional(),
  })
  .meta({ title: 'lessons.config.yaml', description: 'Settings for a lessons repository.' });

export type RawConfig = z.infer<typeof configSchema>;

export interface LanguageTermConfig {
  phrase?: string;
  pattern?: string;
  suggestion: string;
  note?: string;
  severity?: 'warning' | 'error';
}

/** The configuration with every default filled in. */
export interface Config {
  organisation: string;
  root: string;
  taxonomy: { themes?: string[]; services?: string[]; audiences?: string[] };
  pii: { patterns: { name: string; pattern: string; exact?: boolean }[]; allow: string[] };
  language: { terms: LanguageTermConfig[] };
  policy: { review_warning_days: number };
  ids: { prefix: Record<EntryType, string> };
  limits: { max_file_bytes: number };
  /** `base_url` without a trailing slash. */
  site: { base_url?: string };
  public: { contact: { phone?: string; email?: string; url?: string } };
  deadlines: { due_soon_days: number };
  just_culture: { guide?: string };
}

/** The id prefixes of each type when the configuration does not set them. */
export function defaultPrefixes(): Record<EntryType, string> {
  return Object.fromEntries(entryTypes().map((d) => [d.type, d.prefix]));
}

export function withDefaults(raw: RawConfig): Config {
  return {
    organisation: raw.organisation ?? 'Your organisation',
    root: raw.root ?? 'lessons',
    taxonomy: { ...raw.taxonomy },
    // The published PALS contact is allowed through the identifiable-data checks and redaction.
    pii: { patterns: raw.pii?.patterns ?? [], allow: [...(raw.pii?.allow ?? []), ...contactAllow(raw)] },
    language: { terms: raw.language?.terms ?? [] },
    policy: { review_warning_days: raw.policy?.review_warning_days ?? 90 },
    ids: { prefix: { ...defaultPrefixes(), ...(stripUndefined(raw.ids?.prefix ?? {}) as Record<EntryType, string>) } },
    limits: { max_file_bytes: raw.limits?.max_file_bytes ?? 1_048_576 },
    site: raw.site?.base_url ? { base_url: raw.site.base_url.replace(/\/+$/, '') } : {},
    public: { contact: { ...stripUndefined(raw.public?.contact ?? {}) } },
    deadlines: { due_soon_days: raw.deadlines?.due_soon_days ?? 14 },
    just_culture: { guide: raw.just_culture?.guide },
  };
}

/** The PALS phone and email from `public.contact`: published, so never treated as identifiable. */
function contactAllow(raw: RawConfig): string[] {
  const c = raw.public?.contact;
  return [c?.phone, c?.email].filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
