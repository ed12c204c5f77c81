import { capitalised, categoryLabel as categoryInText, critLabel as critInText } from '../dependencies/dependency-labels.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Option } from '../ui/model.js';
import { portfolioTexts as T } from './texts.js';

export const RAGS = ['green', 'yellow', 'red'] as const;
export type RagValue = (typeof RAGS)[number];
export const LIFECYCLES = ['active', 'paused', 'completed'] as const;
export const CRITICALITIES = ['high', 'medium', 'low'] as const;
export const CATEGORIES = ['national_solutions', 'ehr_vendors', 'funding', 'regulation', 'other_initiative', 'organisation', 'other'] as const;
export type CategoryValue = (typeof CATEGORIES)[number];
export const GOALS = [1, 2, 3, 4, 5] as const;
export const SDGS = [3, 9, 10, 17] as const;

const ragTexts = { green: T.ragGreen, yellow: T.ragYellow, red: T.ragRed } as const;
const stateTexts = { active: T.stateActive, paused: T.statePaused, completed: T.stateCompleted, planned: T.statePlanned } as const;
const emoji = { green: '🟢', yellow: '🟡', red: '🔴' } as const;

export const ragLabel = (locale: Locale, rag: RagValue): string => `${emoji[rag]} ${t(locale, ragTexts[rag])}`;
export const stateLabel = (locale: Locale, state: keyof typeof stateTexts): string => t(locale, stateTexts[state]);
/** Criticality and category read the same everywhere (one catalogue, in dependencies); here they stand alone, so capitalised. */
export const critLabel = (locale: Locale, c: (typeof CRITICALITIES)[number]): string => capitalised(critInText(locale, c));
export const categoryLabel = (locale: Locale, c: CategoryValue): string => capitalised(categoryInText(locale, c));

export const ragOptions = (locale: Locale): Option[] => RAGS.map((r) => ({ value: r, label: ragLabel(locale, r) }));
export const lifecycleOptions = (locale: Locale): Option[] => LIFECYCLES.map((s) => ({ value: s, label: stateLabel(locale, s) }));
export const criticalityOptions = (locale: Locale): Option[] => CRITICALITIES.map((c) => ({ value: c, label: critLabel(locale, c) }));
export const categoryOptions = (locale: Locale): Option[] => CATEGORIES.map((c) => ({ value: c, label: categoryLabel(locale, c) }));
export const goalOptions = (locale: Locale): Option[] => GOALS.map((n) => ({ value: String(n), label: t(locale, T.goal, { n }) }));
export const sdgOptions = (locale: Locale): Option[] => SDGS.map((n) => ({ value: String(n), label: t(locale, T.sdg, { n }) }));
