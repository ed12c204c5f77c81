import { defineTexts } from '../i18n/text.js';

/** Every text of the home, `help`'s buttons and the answer to a sentence the bot did not know, in bokmål and English. */
export const homeTexts = defineTexts({
  commandSummary: { nb: 'Din startside: det du skal gjøre og det som kommer, med knapper', en: 'Your home: what you have to do and what is next, with buttons' },
  commandUsage: { nb: 'hjem', en: 'home' },
  homeIsPersonal: {
    nb: 'Startsiden din er personlig, så den vises ikke her. Skriv «hjem» til meg i en direktemelding (i Slack: fanen Hjem hos Saksgang).',
    en: 'Your home is personal, so it is not shown here. Write "home" to me in a direct message (in Slack: the Home tab of Saksgang).',
  },
  title: { nb: (p: { name: string }) => `Hjem – ${p.name}`, en: (p: { name: string }) => `Home – ${p.name}` },
  updated: { nb: (p: { at: string }) => `Oppdatert ${p.at}`, en: (p: { at: string }) => `Updated ${p.at}` },
  refresh: { nb: 'Oppdater', en: 'Refresh' },
  openHome: { nb: 'Hjem', en: 'Home' },
  help: { nb: 'Hjelp', en: 'Help' },
  calendar: { nb: 'Kalender', en: 'Calendar' },
  // next meetings
  meetingsHeader: { nb: '**Neste møter**', en: '**Next meetings**' },
  meetingsNone: { nb: 'Ingen planlagte møter i utvalgene dine.', en: 'No meetings planned in your committees.' },
  meetingLine: {
    nb: (p: { meeting: string; when: string; deadline: string }) => `• **${p.meeting}** ${p.when}${p.deadline}`,
    en: (p: { meeting: string; when: string; deadline: string }) => `• **${p.meeting}** ${p.when}${p.deadline}`,
  },
  nextDeadline: { nb: (p: { label: string; due: string }) => ` – neste frist: ${p.label} ${p.due}`, en: (p: { label: string; due: string }) => ` – next deadline: ${p.label} ${p.due}` },
  // my papers
  papersHeader: { nb: '**Saksunderlag du skal levere**', en: '**Papers you are to deliver**' },
  paperLine: {
    nb: (p: { item: string; meeting: string; due: string }) => `• ${p.item} (${p.meeting})${p.due ? ` – frist ${p.due}` : ''}`,
    en: (p: { item: string; meeting: string; due: string }) => `• ${p.item} (${p.meeting})${p.due ? ` – due ${p.due}` : ''}`,
  },
  submitPaper: { nb: (p: { caseNumber: string }) => `Lever ${p.caseNumber}`, en: (p: { caseNumber: string }) => `Submit ${p.caseNumber}` },
  // my reports
  reportsHeader: { nb: '**Statusrapporter du skal levere**', en: '**Status reports you are to submit**' },
  reportLine: {
    nb: (p: { initiative: string; round: string; due: string; draft: boolean }) => `• ${p.initiative} – ${p.round}, frist ${p.due}${p.draft ? ' (utkast lagret)' : ''}`,
    en: (p: { initiative: string; round: string; due: string; draft: boolean }) => `• ${p.initiative} – ${p.round}, due ${p.due}${p.draft ? ' (draft saved)' : ''}`,
  },
  report: { nb: (p: { initiative: string }) => `Rapporter: ${p.initiative}`, en: (p: { initiative: string }) => `Report: ${p.initiative}` },
  // red dependencies
  dependenciesHeader: { nb: '**Røde avhengigheter som venter på svar fra deg**', en: '**Red dependencies waiting for your answer**' },
  dependencyLine: {
    nb: (p: { initiative: string; description: string; provider: string }) => `• ${p.initiative}: ${p.description} (leverandør: ${p.provider})`,
    en: (p: { initiative: string; description: string; provider: string }) => `• ${p.initiative}: ${p.description} (provider: ${p.provider})`,
  },
  answerDependency: { nb: (p: { initiative: string }) => `Svar: ${p.initiative}`, en: (p: { initiative: string }) => `Answer: ${p.initiative}` },
  // follow-ups
  followUpsHeader: { nb: '**Dine åpne oppfølgingspunkter**', en: '**Your open follow-ups**' },
  followUpLine: {
    nb: (p: { description: string; meeting: string; due: string }) => `• ${p.description} (${p.meeting}) – frist ${p.due}`,
    en: (p: { description: string; meeting: string; due: string }) => `• ${p.description} (${p.meeting}) – due ${p.due}`,
  },
  followUpDone: { nb: (p: { n: number }) => `Ferdig: punkt ${p.n}`, en: (p: { n: number }) => `Done: item ${p.n}` },
  more: { nb: (p: { count: number }) => `… og ${p.count} til.`, en: (p: { count: number }) => `… and ${p.count} more.` },
  nothingToDo: { nb: 'Du har ingenting som venter på deg nå.', en: 'Nothing is waiting for you right now.' },
  // secretariat
  secretariatHeader: { nb: (p: { committee: string }) => `**Sekretariatet – ${p.committee}**`, en: (p: { committee: string }) => `**Secretariat – ${p.committee}**` },
  planMeeting: { nb: (p: { committee: string }) => `Planlegg møte ${p.committee}`, en: (p: { committee: string }) => `Plan a meeting ${p.committee}` },
  stepAgenda: { nb: 'Sett opp sakslisten', en: 'Build the agenda' },
  stepDistribute: { nb: 'Distribuer', en: 'Distribute' },
  stepDecisions: { nb: 'Registrer vedtak', en: 'Record decisions' },
  stepPublish: { nb: 'Publiser vedtak', en: 'Publish decisions' },
  portfolioHeader: { nb: '**Porteføljen**', en: '**The portfolio**' },
  openRoundLine: {
    nb: (p: { label: string; submitted: number; total: number; due: string }) => `Runde ${p.label} er åpen: ${p.submitted} av ${p.total} rapporter levert, frist ${p.due}.`,
    en: (p: { label: string; submitted: number; total: number; due: string }) => `Round ${p.label} is open: ${p.submitted} of ${p.total} reports submitted, due ${p.due}.`,
  },
  noOpenRound: { nb: 'Ingen rapporteringsrunde er åpen.', en: 'No reporting round is open.' },
  openRound: { nb: 'Åpne runde', en: 'Open a round' },
  roundProgress: { nb: 'Se fremdrift', en: 'See progress' },
  closeRound: { nb: 'Lukk runden', en: 'Close the round' },
  reopenRound: { nb: (p: { label: string }) => `Gjenåpne ${p.label}`, en: (p: { label: string }) => `Reopen ${p.label}` },
  importRoster: { nb: 'Importer medlemsliste', en: 'Import the roster' },
  // calendar
  calendarLine: { nb: (p: { url: string }) => `Din kalender (abonner på den i Outlook eller Google): ${p.url}`, en: (p: { url: string }) => `Your calendar (subscribe to it in Outlook or Google): ${p.url}` },
  calendarNoUrl: { nb: 'Kalenderen din får en adresse når boten har en offentlig adresse (PUBLIC_URL).', en: 'Your calendar gets an address once the bot has a public address (PUBLIC_URL).' },
  // the meeting picker
  pickTitleAgenda: { nb: 'Saksliste – velg møte', en: 'Agenda – pick a meeting' },
  pickTitleDistribute: { nb: 'Distribuer – velg møte', en: 'Distribute – pick a meeting' },
  pickTitleDecisions: { nb: 'Vedtak – velg møte', en: 'Decisions – pick a meeting' },
  pickTitlePublish: { nb: 'Publiser – velg møte', en: 'Publish – pick a meeting' },
  pickMeetingLabel: { nb: 'Møte', en: 'Meeting' },
  pickSubmit: { nb: 'Videre', en: 'Next' },
  cancel: { nb: 'Avbryt', en: 'Cancel' },
  pickNoMeetings: { nb: 'Utvalgene dine har ingen møter å velge. Planlegg et møte først.', en: 'Your committees have no meetings to pick. Plan a meeting first.' },
  pickRequired: { nb: 'Velg et møte.', en: 'Pick a meeting.' },
  overviewComing: {
    nb: (p: { meeting: string }) => `Vedtaksoversikten for ${p.meeting} kommer som egen melding, og den følger med når vedtak lagres.`,
    en: (p: { meeting: string }) => `The decision overview of ${p.meeting} comes as a message of its own, and it follows every decision saved.`,
  },
  // the open-round form
  openRoundTitle: { nb: 'Åpne rapporteringsrunde', en: 'Open a reporting round' },
  openRoundSubmit: { nb: 'Åpne runden', en: 'Open the round' },
  roundLabel: { nb: 'Navn på runden', en: 'Name of the round' },
  roundLabelHint: { nb: 'For eksempel «Q1 2027» eller «1. kvartal 2027»', en: 'For example "Q1 2027"' },
  roundCutoff: { nb: 'Rapporter per (skjæringsdato)', en: 'Report as of (cut-off day)' },
  roundDue: { nb: 'Frist for rapportene', en: 'Reports due' },
  roundPlanned: { nb: 'Spør også planlagte tiltak?', en: 'Ask planned initiatives too?' },
  yes: { nb: 'Ja', en: 'Yes' },
  no: { nb: 'Nei', en: 'No' },
  errRequired: { nb: 'Må fylles ut.', en: 'Required.' },
  errDay: { nb: 'Skriv en dato, f.eks. 31.12.2026.', en: 'Enter a date, e.g. 31.12.2026.' },
  errDueBeforeCutoff: { nb: 'Fristen kan ikke være før skjæringsdatoen.', en: 'The due day cannot be before the cut-off day.' },
  // an unknown sentence
  unknownSentence: {
    nb: (p: { text: string }) => `Jeg forstod ikke helt «${p.text}», men her er det som gjelder deg nå. Trykk på en knapp, eller skriv «hjelp».`,
    en: (p: { text: string }) => `I did not quite understand "${p.text}", but here is what concerns you now. Press a button, or type "help".`,
  },
  unknownSentenceStranger: {
    nb: (p: { text: string }) => `Jeg forstod ikke «${p.text}». Trykk «Hjelp» for å se hva jeg kan.`,
    en: (p: { text: string }) => `I did not understand "${p.text}". Press "Help" to see what I can do.`,
  },
  // help
  helpButtons: { nb: 'Eller trykk på en knapp:', en: 'Or press a button:' },
});
