import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Option } from '../ui/model.js';
import { portfolioTexts as T } from './texts.js';

// RAG status, criticality and category words live in one catalogue: dependencies/dependency-labels.ts.
export const LIFECYCLES = ['active', 'paused', 'completed'] as const;
export const GOALS = [1, 2, 3, 4, 5] as const;
export const SDGS = [3, 9, 10, 17] as const;

const stateTexts = { active: T.stateActive, paused: T.statePaused, completed: T.stateCompleted, planned: T.statePlanned } as const;

export const stateLabel = (locale: Locale, state: keyof typeof stateTexts): string => t(locale, stateTexts[state]);

export const lifecycleOptions = (locale: Locale): Option[] => LIFECYCLES.map((s) => ({ value: s, label: stateLabel(locale, s) }));
export const goalOptions = (locale: Locale): Option[] => GOALS.map((n) => ({ value: String(n), label: t(locale, T.goal, { n }) }));
export const sdgOptions = (locale: Locale): Option[] => SDGS.map((n) => ({ value: String(n), label: t(locale, T.sdg, { n }) }));
