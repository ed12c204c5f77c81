import { defineTexts } from '../i18n/text.js';

/** Every text of the portfolio capability, in bokmål and English. */
export const portfolioTexts = defineTexts({
  // command
  roundSummary: { nb: 'Rapporteringsrunder for porteføljen: åpne, status, lukk, gjenåpne, oppsummering, rapport', en: 'Portfolio reporting rounds: open, status, close, reopen, summary, report' },
  roundUsage: {
    nb: 'runde åpne Q2 2026 30.06.2026 15.08.2026 [med-planlagte] | runde status | runde lukk | runde gjenåpne | runde oppsummering | runde rapport [Q2 2026]',
    en: 'round open Q2 2026 30.06.2026 15.08.2026 [with-planned] | round status | round close | round reopen | round summary | round report [Q2 2026]',
  },
  reportSummary: { nb: 'Rapporter status for et tiltak', en: 'Report the status of an initiative' },
  reportUsage: { nb: 'rapporter <tiltak>', en: 'report <initiative>' },
  roundHelp: {
    nb: 'Bruk: «runde åpne Q2 2026 <skjæringsdato> <frist> [med-planlagte]», «runde status», «runde lukk», «runde gjenåpne», «runde oppsummering» eller «runde rapport».',
    en: 'Use: "round open Q2 2026 <cut-off date> <due date> [with-planned]", "round status", "round close", "round reopen", "round summary" or "round report".',
  },
  badOpenArgs: {
    nb: 'Skriv for eksempel: runde åpne Q2 2026 30.06.2026 15.08.2026 (navn, skjæringsdato, frist; datoer som 31.12.2026, 31.12 eller 2026-12-31).',
    en: 'Type for example: round open Q2 2026 30.06.2026 15.08.2026 (label, cut-off date, due date; dates as 31.12.2026, 31.12 or 2026-12-31).',
  },
  dueBeforeCutoff: { nb: 'Fristen kan ikke være før skjæringsdatoen.', en: 'The due date cannot be before the cut-off date.' },
  roundExists: {
    nb: (p: { label: string }) => `Runden «${p.label}» finnes allerede.`,
    en: (p: { label: string }) => `The round "${p.label}" already exists.`,
  },
  noOpenRound: { nb: 'Det er ingen åpen rapporteringsrunde.', en: 'There is no open reporting round.' },
  noRound: {
    nb: (p: { label: string }) => `Jeg finner ingen runde som heter «${p.label}».`,
    en: (p: { label: string }) => `I cannot find a round called "${p.label}".`,
  },
  roundClosed: { nb: 'Runden er lukket; rapporten kan ikke endres lenger.', en: 'The round is closed; the report can no longer be changed.' },
  unknownInitiative: {
    nb: (p: { key: string }) => `Jeg finner ikke tiltaket «${p.key}».`,
    en: (p: { key: string }) => `I cannot find the initiative "${p.key}".`,
  },
  opened: {
    nb: (p: { label: string; due: string; count: number }) => `Runden «${p.label}» er åpnet med frist ${p.due}. ${p.count} tiltakseiere er bedt om å rapportere.`,
    en: (p: { label: string; due: string; count: number }) => `The round "${p.label}" is open, due ${p.due}. ${p.count} initiative owners have been asked to report.`,
  },
  // invite / reminders
  inviteTitle: {
    nb: (p: { label: string }) => `Porteføljerapportering ${p.label}`,
    en: (p: { label: string }) => `Portfolio reporting ${p.label}`,
  },
  inviteText: {
    nb: (p: { initiative: string; cutoff: string; due: string }) =>
      `Hei! Det er tid for statusrapport for **${p.initiative}** per ${p.cutoff}. Frist: **${p.due}**.`,
    en: (p: { initiative: string; cutoff: string; due: string }) =>
      `Hello! It is time for the status report of **${p.initiative}** as of ${p.cutoff}. Due: **${p.due}**.`,
  },
  reportButton: { nb: 'Rapporter', en: 'Report' },
  inviteFilledIn: { nb: 'Skjemaet er fylt ut med forrige rapport.', en: 'The form is filled in from the previous report.' },
  deliveredOn: { nb: (p: { date: string }) => `Levert ${p.date}`, en: (p: { date: string }) => `Submitted ${p.date}` },
  reminderText: {
    nb: (p: { initiative: string; label: string; due: string }) => `Påminnelse: statusrapporten for **${p.initiative}** (${p.label}) har frist **${p.due}**.`,
    en: (p: { initiative: string; label: string; due: string }) => `Reminder: the status report for **${p.initiative}** (${p.label}) is due **${p.due}**.`,
  },
  overdueText: {
    nb: (p: { initiative: string; label: string; due: string }) =>
      `Fristen for statusrapporten for **${p.initiative}** (${p.label}) var ${p.due}, og vi har ikke fått den. Send den inn så snart du kan.`,
    en: (p: { initiative: string; label: string; due: string }) =>
      `The status report for **${p.initiative}** (${p.label}) was due ${p.due} and we have not received it. Please submit it as soon as you can.`,
  },
  contactOverdueText: {
    nb: (p: { initiative: string; label: string; owner: string }) => `Statusrapporten for **${p.initiative}** (${p.label}, eier ${p.owner}) mangler. Kan du følge opp?`,
    en: (p: { initiative: string; label: string; owner: string }) => `The status report for **${p.initiative}** (${p.label}, owner ${p.owner}) is missing. Could you follow up?`,
  },
  missingListTitle: {
    nb: (p: { label: string; count: number }) => `${p.count} statusrapporter mangler i ${p.label}`,
    en: (p: { label: string; count: number }) => `${p.count} status reports missing in ${p.label}`,
  },
  // report form
  formTitle: { nb: 'Statusrapport', en: 'Status report' },
  formSubmit: { nb: 'Send inn', en: 'Submit' },
  formSaveDraft: { nb: 'Lagre utkast', en: 'Save draft' },
  formCancel: { nb: 'Avbryt', en: 'Cancel' },
  formIntro: {
    nb: (p: { initiative: string; label: string; due: string }) => `**${p.initiative}** – ${p.label}, frist ${p.due}.`,
    en: (p: { initiative: string; label: string; due: string }) => `**${p.initiative}** – ${p.label}, due ${p.due}.`,
  },
  fieldOverall: { nb: 'Samlet status', en: 'Overall status' },
  fieldRisk: { nb: 'Risiko', en: 'Risk' },
  fieldNarrative: { nb: 'Beskrivelse av status', en: 'Status narrative' },
  hintNarrative: { nb: 'Påkrevd ved gul eller rød: hva er forsinket, og hvorfor?', en: 'Required for yellow or red: what is late, and why?' },
  fieldBudget: { nb: 'Budsjett (MNOK)', en: 'Budget (MNOK)' },
  fieldCosts: { nb: 'Kostnader hittil (MNOK)', en: 'Costs to date (MNOK)' },
  fieldOpex: { nb: 'Forventet endring i drifts- og forvaltningskostnader per år (MNOK)', en: 'Expected change in operating and maintenance costs per year (MNOK)' },
  hintNumber: { nb: 'Tall, f.eks. 12,5', en: 'A number, e.g. 12.5' },
  fieldLifecycle: { nb: 'Fase', en: 'Lifecycle state' },
  fieldMainGoal: { nb: 'Hovedmål i strategien', en: 'Main strategy goal' },
  fieldSdgs: { nb: 'Bærekraftsmål (FN)', en: 'UN sustainable development goals' },
  stateActive: { nb: 'Aktiv', en: 'Active' },
  statePaused: { nb: 'Satt på pause', en: 'Paused' },
  stateCompleted: { nb: 'Avsluttet', en: 'Completed' },
  statePlanned: { nb: 'Planlagt', en: 'Planned' },
  goal: { nb: (p: { n: number }) => `Mål ${p.n}`, en: (p: { n: number }) => `Goal ${p.n}` },
  sdg: { nb: (p: { n: number }) => `Bærekraftsmål ${p.n}`, en: (p: { n: number }) => `SDG ${p.n}` },
  // validation
  errRequired: { nb: 'Fyll ut dette feltet.', en: 'Please fill in this field.' },
  errNarrative: { nb: 'Beskriv hva som er forsinket og hvorfor når status eller risiko er gul eller rød.', en: 'Describe what is late and why when status or risk is yellow or red.' },
  errNumber: {
    nb: (p: { value: string }) => `«${p.value}» er ikke et tall. Skriv for eksempel 12,5.`,
    en: (p: { value: string }) => `"${p.value}" is not a number. Write for example 12.5.`,
  },
  errNegative: { nb: 'Beløpet kan ikke være negativt.', en: 'The amount cannot be negative.' },
  errChoice: { nb: 'Velg et av alternativene.', en: 'Choose one of the options.' },
  errTooLong: { nb: (p: { max: number }) => `Høyst ${p.max} tegn.`, en: (p: { max: number }) => `At most ${p.max} characters.` },
  // outcomes
  submitted: {
    nb: (p: { initiative: string; label: string; version: number }) => `Takk! Statusrapporten for **${p.initiative}** (${p.label}) er sendt inn (versjon ${p.version}). Du kan rette den til runden lukkes.`,
    en: (p: { initiative: string; label: string; version: number }) => `Thank you! The status report for **${p.initiative}** (${p.label}) is submitted (version ${p.version}). You can correct it until the round closes.`,
  },
  draftSaved: {
    nb: (p: { initiative: string }) => `Utkastet for **${p.initiative}** er lagret. Trykk «Rapporter» igjen for å fortsette.`,
    en: (p: { initiative: string }) => `The draft for **${p.initiative}** is saved. Press "Report" again to continue.`,
  },
  // progress
  progressTitle: {
    nb: (p: { label: string }) => `Fremdrift ${p.label}`,
    en: (p: { label: string }) => `Progress ${p.label}`,
  },
  progressCounts: {
    nb: (p: { submitted: number; draft: number; missing: number; due: string }) => `Innsendt: ${p.submitted} · Utkast: ${p.draft} · Mangler: ${p.missing} · Frist ${p.due}`,
    en: (p: { submitted: number; draft: number; missing: number; due: string }) => `Submitted: ${p.submitted} · Draft: ${p.draft} · Missing: ${p.missing} · Due ${p.due}`,
  },
  stSubmitted: { nb: 'innsendt', en: 'submitted' },
  stDraft: { nb: 'utkast', en: 'draft' },
  stMissing: { nb: 'mangler', en: 'missing' },
  remindOne: { nb: (p: { name: string }) => `Påminn ${p.name}`, en: (p: { name: string }) => `Remind ${p.name}` },
  remindAll: { nb: 'Påminn alle som mangler', en: 'Remind all missing' },
  reminded: { nb: (p: { count: number }) => `Påminnelse sendt til ${p.count}.`, en: (p: { count: number }) => `Reminder sent to ${p.count}.` },
  remindAllQueued: {
    nb: (p: { count: number }) => `Påminnelsen sendes til ${p.count} ${p.count === 1 ? 'tiltakseier' : 'tiltakseiere'}.`,
    en: (p: { count: number }) => `The reminder goes to ${p.count} initiative ${p.count === 1 ? 'owner' : 'owners'}.`,
  },
  remindedAlready: {
    nb: (p: { count: number }) => `${p.count} hadde allerede fått påminnelse i dag.`,
    en: (p: { count: number }) => `${p.count} had already been reminded today.`,
  },
  remindedOne: {
    nb: (p: { owner: string; initiative: string }) => `Påminnelse sendt til ${p.owner} om «${p.initiative}».`,
    en: (p: { owner: string; initiative: string }) => `Reminder sent to ${p.owner} about "${p.initiative}".`,
  },
  remindedOneAlready: {
    nb: (p: { owner: string; initiative: string }) => `${p.owner} har allerede fått påminnelse om «${p.initiative}» i dag.`,
    en: (p: { owner: string; initiative: string }) => `${p.owner} was already reminded about "${p.initiative}" today.`,
  },
  remindUnreachable: {
    nb: (p: { owner: string; initiative: string }) => `${p.owner} («${p.initiative}») kan ikke nås i Slack eller Teams.`,
    en: (p: { owner: string; initiative: string }) => `${p.owner} ("${p.initiative}") cannot be reached in Slack or Teams.`,
  },
  remindNothing: { nb: 'Ingen rapport mangler her; ingen påminnelse er sendt.', en: 'No report is missing here; no reminder was sent.' },
  // summary
  closed: { nb: (p: { label: string }) => `Runden «${p.label}» er lukket.`, en: (p: { label: string }) => `The round "${p.label}" is closed.` },
  summaryPostedIn: { nb: (p: { channel: string }) => `Oppsummeringen er postet i #${p.channel}.`, en: (p: { channel: string }) => `The summary has been posted in #${p.channel}.` },
  summarySentTo: {
    nb: (p: { count: number }) => (p.count === 0 ? 'Oppsummeringen er ikke sendt til noen: komiteen har ingen kanal og sekretariatet ingen plattform.' : `Oppsummeringen er sendt til ${p.count} i sekretariatet.`),
    en: (p: { count: number }) => (p.count === 0 ? 'The summary has been sent to nobody: the committee has no channel and the secretariat no platform.' : `The summary has been sent to ${p.count} in the secretariat.`),
  },
  closeButton: { nb: 'Lukk runden', en: 'Close the round' },
  closeConfirmTitle: { nb: 'Lukke runden?', en: 'Close the round?' },
  closeConfirmText: {
    nb: (p: { label: string; missing: number; total: number; due: string }) =>
      `${p.missing} av ${p.total} statusrapporter mangler i «${p.label}» (frist ${p.due}). Lukker du runden, kan de ikke lenger sendes inn, og oppsummeringen publiseres.`,
    en: (p: { label: string; missing: number; total: number; due: string }) =>
      `${p.missing} of ${p.total} status reports are missing in "${p.label}" (due ${p.due}). Once closed, they can no longer be submitted, and the summary is published.`,
  },
  closeConfirm: { nb: 'Lukk likevel', en: 'Close anyway' },
  confirmDeny: { nb: 'Avbryt', en: 'Cancel' },
  reopenButton: { nb: 'Gjenåpne runden', en: 'Reopen the round' },
  reopened: {
    nb: (p: { label: string }) => `Runden «${p.label}» er åpnet igjen: tiltakseierne kan sende inn og rette rapporter. Lukk den med «Lukk runden» på hjem-siden (eller «runde lukk») når den er ferdig.`,
    en: (p: { label: string }) => `The round "${p.label}" is open again: owners can submit and correct reports. Close it with "Close the round" on your home (or "round close") when it is done.`,
  },
  noClosedRound: { nb: 'Det er ingen lukket rapporteringsrunde.', en: 'There is no closed reporting round.' },
  notClosed: { nb: (p: { label: string }) => `Runden «${p.label}» er ikke lukket.`, en: (p: { label: string }) => `The round "${p.label}" is not closed.` },
  summaryTitle: { nb: (p: { label: string }) => `Oppsummering porteføljerapportering ${p.label}`, en: (p: { label: string }) => `Portfolio reporting summary ${p.label}` },
  // One pair of brackets: "Samlet status (denne runden / Q1 2023)", or "/ forrige" when the previous round is unknown.
  sumOverall: {
    nb: (p: { previous: string }) => `Samlet status (denne runden / ${p.previous})`,
    en: (p: { previous: string }) => `Overall status (this round / ${p.previous})`,
  },
  sumRisk: {
    nb: (p: { previous: string }) => `Risiko (denne runden / ${p.previous})`,
    en: (p: { previous: string }) => `Risk (this round / ${p.previous})`,
  },
  sumDeps: { nb: 'Avhengigheter etter kategori og status', en: 'Dependencies by category and status' },
  sumRedHigh: { nb: 'Røde avhengigheter med høy kritikalitet', en: 'Red high-criticality dependencies' },
  sumRedInitiatives: { nb: 'Tiltak med rød status', en: 'Initiatives with red status' },
  sumNew: { nb: 'Nye', en: 'New' },
  sumCompleted: { nb: 'Avsluttet', en: 'Completed' },
  sumPaused: { nb: 'Satt på pause', en: 'Paused' },
  sumNone: { nb: 'ingen', en: 'none' },
  sumReports: { nb: (p: { count: number }) => `${p.count} rapporter innsendt.`, en: (p: { count: number }) => `${p.count} reports submitted.` },
  csvLink: { nb: 'Alle rapporter (CSV)', en: 'All reports (CSV)' },
  reportLink: { nb: 'Porteføljerapport (Word)', en: 'Portfolio report (Word)' },
  sheetLink: { nb: 'Regneark (Excel)', en: 'Spreadsheet (Excel)' },
  reportReady: {
    nb: (p: { label: string }) => `Porteføljerapporten for ${p.label} er klar. Lenkene virker en tid; be om en ny rapport når de er utløpt.`,
    en: (p: { label: string }) => `The portfolio report for ${p.label} is ready. The links work for a while; ask for a new report once they have expired.`,
  },
  reportNoLinks: {
    nb: (p: { label: string }) => `Porteføljerapporten for ${p.label} kan ikke lenkes til: boten har ingen offentlig adresse (PUBLIC_URL).`,
    en: (p: { label: string }) => `The portfolio report for ${p.label} cannot be linked to: the bot has no public address (PUBLIC_URL).`,
  },
  chartOverall: { nb: 'Samlet status og risiko', en: 'Overall status and risk' },
  chartDeps: { nb: 'Avhengigheter', en: 'Dependencies' },
  thisRound: { nb: 'denne', en: 'this' },
  previousRound: { nb: 'forrige', en: 'previous' },
  due: { nb: 'frist', en: 'due' },
});
