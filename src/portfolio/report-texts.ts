import { defineTexts } from '../i18n/text.js';
import type { Locale } from '../i18n/locale.js';

const NB_WORDS = ['ingen', 'ett', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'];
const EN_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A count as a report writes it in running text: "ett", "fem", 37 (neuter in bokmål, as "tiltak" is). */
export function countWord(locale: Locale, n: number, capital = false): string {
  const word = (locale === 'nb' ? NB_WORDS : EN_WORDS)[n] ?? String(n);
  return capital ? word.charAt(0).toLocaleUpperCase() + word.slice(1) : word;
}

const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
type N = { n: string };
/** English number agreement: «one initiative reports», «two initiatives report». */
const sg = (n: string) => n.toLowerCase() === 'one' || n === '1';
const initiatives = (n: string) => `${cap(n)} ${sg(n) ? 'initiative reports' : 'initiatives report'}`;

/**
 * The texts of the generated documents (portfolio report, spreadsheet and CSV), bokmål and English. They go
 * into files, not chat: read them with `plain()` (no markup escaping).
 */
export const reportTexts = defineTexts({
  fileName: { nb: (p: { label: string }) => `Porteføljerapport ${p.label}.docx`, en: (p: { label: string }) => `Portfolio report ${p.label}.docx` },
  sheetFileName: { nb: (p: { label: string }) => `Porteføljerapportering ${p.label}.xlsx`, en: (p: { label: string }) => `Portfolio reporting ${p.label}.xlsx` },
  csvFileName: { nb: (p: { label: string }) => `Porteføljerapportering ${p.label}.csv`, en: (p: { label: string }) => `Portfolio reporting ${p.label}.csv` },
  title: { nb: (p: { label: string }) => `Porteføljerapport ${p.label}`, en: (p: { label: string }) => `Portfolio report ${p.label}` },
  subtitle: {
    nb: (p: { cutoff: string; made: string }) => `Nasjonal e-helseportefølje per ${p.cutoff}. Laget av Saksgang ${p.made}.`,
    en: (p: { cutoff: string; made: string }) => `National e-health portfolio as of ${p.cutoff}. Made by Saksgang on ${p.made}.`,
  },
  hSummary: { nb: '1 Oppsummering', en: '1 Summary' },
  hStatus: { nb: '2 Status på porteføljen', en: '2 Status of the portfolio' },
  hOverall: { nb: '2.1 Overordnet status', en: '2.1 Overall status' },
  hRisk: { nb: '2.2 Risiko', en: '2.2 Risk' },
  hDeps: { nb: '2.3 Avhengigheter', en: '2.3 Dependencies' },
  hGoals: { nb: '2.4 Nasjonal e-helsestrategi', en: '2.4 National e-health strategy' },
  hSdgs: { nb: '2.5 Bærekraftsmål', en: '2.5 Sustainable development goals' },
  hChanges: { nb: '3 Ferdigstilte, nye og pausede tiltak', en: '3 Completed, new and paused initiatives' },
  hCompleted: { nb: 'Ferdigstilte tiltak', en: 'Completed initiatives' },
  hNew: { nb: 'Nye tiltak', en: 'New initiatives' },
  hPaused: { nb: 'Tiltak på pause', en: 'Paused initiatives' },
  hNotReported: { nb: 'Tiltak som ikke har rapportert', en: 'Initiatives that did not report' },
  keyFigures: { nb: 'Nøkkeltall', en: 'Key figures' },
  kActive: { nb: 'Aktive tiltak', en: 'Active initiatives' },
  kSegment: { nb: (p: { segment: string }) => `– i segmentet ${p.segment}`, en: (p: { segment: string }) => `– in the ${p.segment} segment` },
  kBudget: { nb: 'Budsjett i segmentet Samstyring (MNOK)', en: 'Budget of the co-governance segment (MNOK)' },
  kDeps: { nb: 'Avhengigheter', en: 'Dependencies' },
  kCompleted: { nb: 'Ferdigstilte tiltak', en: 'Completed initiatives' },
  kNew: { nb: 'Nye tiltak', en: 'New initiatives' },
  kPaused: { nb: 'Tiltak på pause', en: 'Paused initiatives' },
  kNotReported: { nb: 'Aktive tiltak uten rapport', en: 'Active initiatives without a report' },
  segment_samstyring: { nb: 'Samstyring', en: 'Co-governance' },
  segment_koordinering: { nb: 'Koordinering', en: 'Coordination' },
  segment_orientering: { nb: 'Orientering', en: 'Information' },
  colInitiative: { nb: 'Tiltak', en: 'Initiative' },
  colOwner: { nb: 'Eier', en: 'Owner' },
  colDependency: { nb: 'Avhengighet', en: 'Dependency' },
  colDue: { nb: 'Frist', en: 'Due' },
  colRisk: { nb: 'Risiko', en: 'Risk' },
  colNarrative: { nb: 'Begrunnelse', en: 'Reason' },
  colFigure: { nb: 'Nøkkeltall', en: 'Figure' },
  colValue: { nb: 'Verdi', en: 'Value' },
  none: { nb: 'Ingen.', en: 'None.' },
  noDue: { nb: 'ikke satt', en: 'not set' },
  fig1: { nb: (p: { label: string }) => `Figur 1: Aktive tiltak fordelt på segmenter i ${p.label}`, en: (p: { label: string }) => `Figure 1: Active initiatives by segment in ${p.label}` },
  fig2: {
    nb: 'Figur 2: Status forrige rapportering til venstre, nåværende status til høyre. Kun aktive tiltak.',
    en: 'Figure 2: Status at the previous round on the left, this round on the right. Active initiatives only.',
  },
  fig3: {
    nb: 'Figur 3: Risiko forrige rapportering til venstre, nåværende til høyre. Kun segmentene Samstyring og Koordinering.',
    en: 'Figure 3: Risk at the previous round on the left, this round on the right. Co-governance and coordination segments only.',
  },
  fig4: {
    nb: 'Figur 4: Avhengigheter etter kategori og status (gul: oppfyllelse usikker, rød: uklart eller uvisst når den kan oppfylles)',
    en: 'Figure 4: Dependencies by category and status (yellow: fulfilment uncertain, red: unclear or unknown when it can be fulfilled)',
  },
  fig5: { nb: 'Tabell: Avhengigheter med høy kritikalitet og rød status', en: 'Table: Dependencies with high criticality and red status' },
  fig6: { nb: 'Figur 5: Aktive tiltak etter hovedmål i strategien', en: 'Figure 5: Active initiatives by main strategy goal' },
  fig7: {
    nb: 'Figur 6: Aktive tiltak etter bærekraftsmålene de bidrar til (et tiltak kan bidra til flere)',
    en: 'Figure 6: Active initiatives by the sustainable development goals they contribute to (one may contribute to several)',
  },
  chartSegments: { nb: 'Aktive tiltak per segment', en: 'Active initiatives by segment' },
  chartStatus: { nb: 'Samlet status', en: 'Overall status' },
  chartRisk: { nb: 'Risiko', en: 'Risk' },
  chartDeps: { nb: 'Avhengigheter etter kategori og status', en: 'Dependencies by category and status' },
  chartGoals: { nb: 'Aktive tiltak per hovedmål', en: 'Active initiatives by main goal' },
  chartSdgs: { nb: 'Aktive tiltak per bærekraftsmål', en: 'Active initiatives by sustainable development goal' },
  seriesCount: { nb: 'Antall tiltak', en: 'Initiatives' },
  previous: { nb: 'Forrige runde', en: 'Previous round' },
  goal1: { nb: '1 Aktiv medvirkning i egen og nærmestes helse', en: '1 Active participation in one’s own and one’s family’s health' },
  goal2: { nb: '2 Enklere arbeidshverdag', en: '2 A simpler working day' },
  goal3: { nb: '3 Helsedata til fornying og forbedring', en: '3 Health data for renewal and improvement' },
  goal4: { nb: '4 Tilgjengelig informasjon og styrket samhandling', en: '4 Available information and stronger collaboration' },
  goal5: { nb: '5 Samarbeid og virkemidler som styrker gjennomføringskraft', en: '5 Cooperation and means that strengthen delivery' },
  sdg3: { nb: '3 God helse og livskvalitet', en: '3 Good health and well-being' },
  sdg9: { nb: '9 Industri, innovasjon og infrastruktur', en: '9 Industry, innovation and infrastructure' },
  sdg10: { nb: '10 Mindre ulikhet', en: '10 Reduced inequalities' },
  sdg17: { nb: '17 Samarbeid for å nå målene', en: '17 Partnerships for the goals' },
  // Generated sentences.
  sActive: {
    nb: (p: { active: string; co: string }) => `Den nasjonale e-helseporteføljen består nå av ${p.active} aktive tiltak, hvorav ${p.co} tilhører segmentet Samstyring.`,
    en: (p: { active: string; co: string }) => `The national e-health portfolio now has ${p.active} active initiatives, ${p.co} of them in the co-governance segment.`,
  },
  sRedNone: { nb: 'Ingen tiltak melder rød status ved denne rapporteringen.', en: 'No initiative reports red status this round.' },
  sRedOne: {
    nb: (p: { name: string; organisation: string }) => `Ett tiltak melder rød status ved denne rapporteringen: «${p.name}» (${p.organisation}).`,
    en: (p: { name: string; organisation: string }) => `One initiative reports red status this round: “${p.name}” (${p.organisation}).`,
  },
  sRedMany: { nb: (p: N) => `${cap(p.n)} tiltak melder rød status ved denne rapporteringen.`, en: (p: N) => `${cap(p.n)} initiatives report red status this round.` },
  sRedRisk: {
    nb: (p: { name: string; risk: string }) => `«${p.name}» har ${p.risk} risiko.`,
    en: (p: { name: string; risk: string }) => `“${p.name}” has ${p.risk} risk.`,
  },
  sYellowUp: {
    nb: (p: { from: string; to: string }) => `Andelen som melder gul status øker, fra ${p.from} % til ${p.to} %.`,
    en: (p: { from: string; to: string }) => `The share reporting yellow status is rising, from ${p.from}% to ${p.to}%.`,
  },
  sYellowDown: {
    nb: (p: { from: string; to: string }) => `Andelen som melder gul status går ned, fra ${p.from} % til ${p.to} %.`,
    en: (p: { from: string; to: string }) => `The share reporting yellow status is falling, from ${p.from}% to ${p.to}%.`,
  },
  sYellowSame: { nb: (p: { to: string }) => `Andelen som melder gul status er uendret (${p.to} %).`, en: (p: { to: string }) => `The share reporting yellow status is unchanged (${p.to}%).` },
  sCompleted: {
    nb: (p: { n: string; paused: string; pausedCount: number }) =>
      `Det er ${p.n} ferdigstilte tiltak${p.pausedCount > 0 ? `, hvorav ${p.paused} var pauset i forrige rapportering` : ''}.`,
    en: (p: { n: string; paused: string; pausedCount: number }) =>
      `${cap(p.n)} initiatives are completed${p.pausedCount > 0 ? `, ${p.paused} of which was paused at the previous round` : ''}.`,
  },
  sNewPaused: {
    nb: (p: { added: string; paused: string }) => `Det er ${p.added} nye tiltak, og ${p.paused} tiltak er på pause.`,
    en: (p: { added: string; paused: string }) => `There are ${p.added} new initiatives, and ${p.paused} paused.`,
  },
  sBudget: {
    nb: (p: { amount: string }) => `Det er kun tiltak i segmentet Samstyring som rapporterer budsjett. Budsjettet for disse tiltakene er ${p.amount} millioner kroner.`,
    en: (p: { amount: string }) => `Only initiatives in the co-governance segment report a budget. Their budget totals NOK ${p.amount} million.`,
  },
  sRiskNone: { nb: 'Ingen tiltak melder rød risiko.', en: 'No initiative reports red risk.' },
  sRiskSome: { nb: (p: N) => `${cap(p.n)} tiltak melder rød risiko.`, en: (p: N) => `${initiatives(p.n)} red risk.` },
  sDeps: {
    nb: (p: N) => `Tiltakene har rapportert totalt ${p.n} avhengigheter som må oppfylles for å gjennomføre tiltakene etter plan.`,
    en: (p: N) => `The initiatives have reported ${p.n} dependencies in all that must be fulfilled to carry them out as planned.`,
  },
  sRedHigh: {
    nb: (p: { initiatives: string; deps: string; medium: string; mediumCount: number }) =>
      `${cap(p.initiatives)} tiltak rapporterer ${p.deps} avhengigheter med høy kritikalitet og rød status${p.mediumCount > 0 ? `, mens ${p.medium} tiltak rapporterer avhengighet med middels kritikalitet og rød status` : ''}.`,
    en: (p: { initiatives: string; deps: string; medium: string; mediumCount: number }) =>
      `${initiatives(p.initiatives)} ${p.deps} high-criticality ${sg(p.deps) ? 'dependency' : 'dependencies'} with red status${p.mediumCount > 0 ? `, while ${p.medium} ${sg(p.medium) ? 'reports' : 'report'} a medium-criticality dependency with red status` : ''}.`,
  },
  sGoals: {
    nb: 'Flere tiltak støtter mer enn ett strategisk mål, men figuren viser bare hovedmålet til de aktive tiltakene.',
    en: 'Several initiatives serve more than one strategy goal; the figure shows only the main goal of the active initiatives.',
  },
  sSdgs: {
    nb: (p: { n: string; of: string }) => `Knytning til bærekraftsmålene er rapportert på ${p.n} av ${p.of} aktive tiltak.`,
    en: (p: { n: string; of: string }) => `A link to the sustainable development goals is reported for ${p.n} of ${p.of} active initiatives.`,
  },
  sNotReported: {
    nb: (p: N) => `${cap(p.n)} aktive tiltak har ikke levert rapport i denne runden; de er ikke med i status og risiko.`,
    en: (p: N) => `${cap(p.n)} active ${sg(p.n) ? 'initiative' : 'initiatives'} did not report this round; ${sg(p.n) ? 'it is' : 'they are'} left out of status and risk.`,
  },
});

/** A report text in a language, as plain text for a file (no chat markup, nothing escaped). */
export function plain(locale: Locale, text: Record<Locale, string>): string;
export function plain<P>(locale: Locale, text: Record<Locale, (params: P) => string>, params: P): string;
export function plain(locale: Locale, text: Record<Locale, string | ((p: unknown) => string)>, params?: unknown): string {
  const entry = text[locale];
  return typeof entry === 'function' ? entry(params) : entry;
}

/** Column headers and values of the spreadsheet and the CSV export. */
export const exportTexts = defineTexts({
  sheetInitiatives: { nb: 'Tiltak', en: 'Initiatives' },
  sheetDependencies: { nb: 'Avhengigheter', en: 'Dependencies' },
  hKey: { nb: 'Nøkkel', en: 'Key' },
  hInitiative: { nb: 'Tiltak', en: 'Initiative' },
  hOrganisation: { nb: 'Organisasjon', en: 'Organisation' },
  hOwner: { nb: 'Tiltakseier', en: 'Owner' },
  hSegment: { nb: 'Segment', en: 'Segment' },
  hState: { nb: 'Tilstand', en: 'State' },
  hReported: { nb: 'Rapportert', en: 'Reported' },
  hOverall: { nb: 'Samlet status', en: 'Overall status' },
  hRisk: { nb: 'Risiko', en: 'Risk' },
  hNarrative: { nb: 'Beskrivelse', en: 'Narrative' },
  hBudget: { nb: 'Budsjett (MNOK)', en: 'Budget (MNOK)' },
  hCosts: { nb: 'Kostnader (MNOK)', en: 'Costs (MNOK)' },
  hOpex: { nb: 'Endring drift og forvaltning per år (MNOK)', en: 'Change in operating costs per year (MNOK)' },
  hLifecycle: { nb: 'Fase', en: 'Lifecycle' },
  hMainGoal: { nb: 'Hovedmål', en: 'Main goal' },
  hSdgs: { nb: 'Bærekraftsmål', en: 'SDGs' },
  hOpenDeps: { nb: 'Åpne avhengigheter', en: 'Open dependencies' },
  hRedDeps: { nb: 'Røde avhengigheter', en: 'Red dependencies' },
  hSubmittedBy: { nb: 'Sendt inn av', en: 'Submitted by' },
  hSubmittedAt: { nb: 'Sendt inn (Oslo-tid)', en: 'Submitted (Oslo time)' },
  hDependency: { nb: 'Avhengighet', en: 'Dependency' },
  hCategory: { nb: 'Kategori', en: 'Category' },
  hProvider: { nb: 'Leverandør', en: 'Provider' },
  hCriticality: { nb: 'Kritikalitet', en: 'Criticality' },
  hStatus: { nb: 'Status', en: 'Status' },
  hDue: { nb: 'Frist', en: 'Due' },
  hRedSince: { nb: 'Rød siden', en: 'Red since' },
  reportedYes: { nb: 'Ja', en: 'Yes' },
  reportedDraft: { nb: 'Utkast, ikke sendt inn', en: 'Draft, not submitted' },
  reportedNo: { nb: 'Nei, ikke rapportert', en: 'No, not reported' },
});
