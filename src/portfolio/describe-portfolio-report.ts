import { capitalised, ragLabel } from '../dependencies/dependency-labels.js';
import { formatNumber } from '../i18n/format-numbers.js';
import type { Locale } from '../i18n/locale.js';
import type { PortfolioReportData } from './compile-portfolio-report.js';
import { countWord, plain, reportTexts as T } from './report-texts.js';
import type { RagCounts } from './summarise-round.js';

const yellowShare = (c: RagCounts) => {
  const total = c.green + c.yellow + c.red;
  return total ? Math.round((c.yellow / total) * 100) : 0;
};

/**
 * The short sentences the report opens its sections with, written from the figures ("Ett tiltak melder rød
 * status ved denne rapporteringen: «EPJ-løftet» …"), in the reader's language.
 */
export function describePortfolioReport(locale: Locale, d: PortfolioReportData) {
  const w = (n: number) => countWord(locale, n);
  const num = (n: number) => formatNumber(n, locale);
  const red = d.redInitiatives;
  const redLines =
    red.length === 0
      ? [plain(locale, T.sRedNone)]
      : red.length === 1
        ? [plain(locale, T.sRedOne, { name: red[0]!.name, organisation: red[0]!.organisation }), ...(red[0]!.risk ? [plain(locale, T.sRedRisk, { name: red[0]!.name, risk: ragLabel(locale, red[0]!.risk) })] : [])]
        : [plain(locale, T.sRedMany, { n: w(red.length) })];
  const [from, to] = [yellowShare(d.status.previous), yellowShare(d.status.current)];
  const yellow = !d.previousLabel
    ? []
    : to === from
      ? [plain(locale, T.sYellowSame, { to: num(to) })]
      : [plain(locale, to > from ? T.sYellowUp : T.sYellowDown, { from: num(from), to: num(to) })];
  const redRisk = d.risk.current.red;
  const overall = [...redLines, ...yellow];
  return {
    active: plain(locale, T.sActive, { active: num(d.active), co: w(d.activeBySegment.samstyring) }),
    budget: plain(locale, T.sBudget, { amount: formatNumber(d.coGovernanceBudgetMnok, locale, 1) }),
    overall,
    changes: [
      plain(locale, T.sCompleted, { n: w(d.completed.length), paused: w(d.completedPausedBefore), pausedCount: d.completedPausedBefore }),
      plain(locale, T.sNewPaused, { added: w(d.newInitiatives.length), paused: w(d.paused.length) }),
    ],
    risk: redRisk === 0 ? plain(locale, T.sRiskNone) : plain(locale, T.sRiskSome, { n: w(redRisk) }),
    dependencies: plain(locale, T.sDeps, { n: num(d.dependencyTotal) }),
    redHigh: capitalised(
      plain(locale, T.sRedHigh, { initiatives: w(d.redHighInitiatives), deps: w(d.redHigh.length), medium: w(d.redMediumInitiatives), mediumCount: d.redMediumInitiatives }),
    ),
    goals: plain(locale, T.sGoals),
    sdgs: plain(locale, T.sSdgs, { n: num(d.withSdg), of: num(d.active) }),
    notReported: d.notReported.length ? plain(locale, T.sNotReported, { n: w(d.notReported.length) }) : null,
  };
}
