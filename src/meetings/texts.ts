import { defineTexts } from '../i18n/text.js';

/** "23 personer" / "23 people": the count a turn reports, with the noun in the right number. */
const peopleNb = (n: number) => `${n} ${n === 1 ? 'person' : 'personer'}`;
const peopleEn = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Every text of the meetings capability, in bokmål and English. */
export const meetingTexts = defineTexts({
  commandSummary: {
    nb: 'Møter: opprett, se status, saksliste, flytt, avlys og distribuer (sekretariatet)',
    en: 'Meetings: create, status, agenda, move, cancel and distribute (secretariat)',
  },
  commandUsage: {
    nb: 'møte ny|status|saksliste|flytt|avlys|distribuer KOMITÉ [N/ÅÅÅÅ]',
    en: 'meeting new|status|agenda|move|cancel|distribute COMMITTEE [N/YYYY]',
  },
  commandHelp: {
    nb: 'Skriv for eksempel «møte ny NUIT», «møte status NUIT 2/2026» eller «møte saksliste NUIT».',
    en: 'Type for example "meeting new NUIT", "meeting status NUIT 2/2026" or "meeting agenda NUIT".',
  },
  cycleSummary: { nb: 'Forhåndsvis fristene i en møtesyklus for en dato', en: 'Preview the deadlines of a meeting cycle for a date' },
  cycleUsage: { nb: 'syklus vis nuit 20.05.2026 [kl. 10]', en: 'cycle preview nuit 20.05.2026 [10:00]' },
  cycleHelp: {
    nb: 'Skriv «syklus vis SYKLUS DATO [KLOKKESLETT]», for eksempel «syklus vis nuit 20.05.2026 kl. 10».',
    en: 'Type "cycle preview CYCLE DATE [TIME]", for example "cycle preview nuit 20.05.2026 10:00".',
  },
  cycleBadDate: { nb: 'Skriv datoen som 20.05.2026, 20.05 eller 2026-05-20.', en: 'Write the date as 20.05.2026, 20.05 or 2026-05-20.' },
  cycleBadTime: { nb: 'Skriv klokkeslettet som 10.00, kl. 10 eller 10:00.', en: 'Write the time as 10.00, kl. 10 or 10:00.' },
  unknownCommittee: { nb: (p: { key: string }) => `Jeg kjenner ikke utvalget «${p.key}».`, en: (p: { key: string }) => `I do not know the committee "${p.key}".` },
  unknownMeeting: { nb: 'Jeg finner ikke det møtet.', en: 'I cannot find that meeting.' },
  meetingNotFound: { nb: (p: { meeting: string }) => `Jeg finner ikke møte ${p.meeting}.`, en: (p: { meeting: string }) => `I cannot find meeting ${p.meeting}.` },
  noHeldMeeting: {
    nb: (p: { committee: string }) => `${p.committee} har ikke holdt noe møte ennå. Se møtene med «møter ${p.committee}».`,
    en: (p: { committee: string }) => `${p.committee} has not held a meeting yet. See its meetings with "meetings ${p.committee}".`,
  },
  noUpcomingMeeting: {
    nb: (p: { committee: string }) => `${p.committee} har ingen kommende møter. Opprett et med «møte ny ${p.committee}».`,
    en: (p: { committee: string }) => `${p.committee} has no upcoming meetings. Create one with "meeting new ${p.committee}".`,
  },
  meetingCancelledAlready: { nb: 'Møtet er avlyst.', en: 'The meeting is cancelled.' },

  // The meeting form
  meetingFormTitle: { nb: 'Nytt møte', en: 'New meeting' },
  moveFormTitle: { nb: 'Flytt møtet', en: 'Move the meeting' },
  save: { nb: 'Lagre', en: 'Save' },
  cancel: { nb: 'Avbryt', en: 'Cancel' },
  fieldDate: { nb: 'Dato', en: 'Date' },
  fieldStart: { nb: 'Starter', en: 'Starts' },
  fieldEnd: { nb: 'Slutter', en: 'Ends' },
  fieldPlace: { nb: 'Sted', en: 'Place' },
  fieldPlaceHint: { nb: 'Et møtested, eller tomt for videomøte (lenken kan også komme senere).', en: 'A venue, or empty for a video meeting (the link can also come later).' },
  fieldVideoLink: { nb: 'Lenke til videomøte', en: 'Video meeting link' },
  errRequired: { nb: 'Fyll ut dette feltet.', en: 'Please fill in this field.' },
  errDate: { nb: 'Skriv datoen som 31.12.2026, 31.12 eller 2026-12-31.', en: 'Write the date as 31.12.2026, 31.12 or 2026-12-31.' },
  errTime: { nb: 'Skriv klokkeslettet som 10.00, kl. 10 eller 10:00.', en: 'Write the time as 10.00, kl. 10 or 10:00.' },
  errEndBeforeStart: { nb: 'Møtet må slutte etter at det starter.', en: 'The meeting must end after it starts.' },
  errPast: { nb: 'Datoen har allerede vært.', en: 'That date has passed.' },
  errLink: { nb: 'Skriv en hel lenke som begynner med https://', en: 'Write a full link starting with https://' },
  videoMeeting: { nb: 'Videomøte', en: 'Video meeting' },
  meetingCreated: {
    nb: (p: { meeting: string; when: string; invited: number }) =>
      `Møte ${p.meeting} er opprettet (${p.when}). Fristene er satt, og invitasjonen sendes til ${peopleNb(p.invited)}.`,
    en: (p: { meeting: string; when: string; invited: number }) =>
      `Meeting ${p.meeting} is created (${p.when}). The deadlines are set and the invitation goes to ${peopleEn(p.invited)}.`,
  },
  meetingsRenumbered: {
    nb: (p: { changes: string }) => `Møtene som kommer etter, har fått nye numre etter datoene: ${p.changes}.`,
    en: (p: { changes: string }) => `The meetings that follow have new numbers in date order: ${p.changes}.`,
  },
  renumberedChange: { nb: (p: { from: string; to: string }) => `${p.from} er nå ${p.to}`, en: (p: { from: string; to: string }) => `${p.from} is now ${p.to}` },
  laterMeetingDistributed: {
    nb: (p: { committee: string; meeting: string }) =>
      `Møtet kan ikke legges før ${p.committee} ${p.meeting}: møtenumrene følger datoene, og innkallingen til ${p.meeting} er allerede sendt ut med sitt nummer. Velg en dato etter det møtet, eller flytt det møtet.`,
    en: (p: { committee: string; meeting: string }) =>
      `The meeting cannot come before ${p.committee} ${p.meeting}: meeting numbers follow the dates, and the notice of ${p.meeting} has already gone out with its number. Choose a date after that meeting, or move that meeting.`,
  },
  // `partly`: the move made some milestones pass (short notice): those run late or are skipped (the note that
  // follows names them), so only the ones still ahead moved with the meeting.
  meetingMoved: {
    nb: (p: { meeting: string; when: string; told: number; partly?: boolean }) =>
      `Møte ${p.meeting} er flyttet til ${p.when}. ${p.partly ? 'Fristene og påminnelsene som ennå ligger foran er flyttet med' : 'Alle frister og påminnelser er flyttet med'}${p.told ? `, og beskjed sendes til ${peopleNb(p.told)}` : ''}.`,
    en: (p: { meeting: string; when: string; told: number; partly?: boolean }) =>
      `Meeting ${p.meeting} is moved to ${p.when}. ${p.partly ? 'The deadlines and reminders still ahead moved with it' : 'Every deadline and reminder moved with it'}${p.told ? `, and ${peopleEn(p.told)} are told` : ''}.`,
  },
  // Cancel
  cancelFormTitle: { nb: 'Avlys møtet', en: 'Cancel the meeting' },
  cancelConfirm: { nb: 'Avlys møtet', en: 'Cancel meeting' },
  keep: { nb: 'Behold', en: 'Keep' },
  fieldReason: { nb: 'Begrunnelse (sendes til deltakerne)', en: 'Reason (sent to participants)' },
  cancelIntro: {
    nb: (p: { meeting: string }) => `Alle frister og påminnelser for ${p.meeting} stoppes, og saksansvarlige og medlemmer får beskjed.`,
    en: (p: { meeting: string }) => `Every deadline and reminder of ${p.meeting} is stopped, and presenters and members are told.`,
  },
  meetingCancelled: {
    nb: (p: { meeting: string; told: number }) => `Møte ${p.meeting} er avlyst.${p.told ? ` Beskjed sendes til ${peopleNb(p.told)}.` : ''}`,
    en: (p: { meeting: string; told: number }) => `Meeting ${p.meeting} is cancelled.${p.told ? ` ${upper(peopleEn(p.told))} are told.` : ''}`,
  },
  cancelNotice: {
    nb: (p: { meeting: string; when: string }) => `**Møte ${p.meeting} (${p.when}) er avlyst.**`,
    en: (p: { meeting: string; when: string }) => `**Meeting ${p.meeting} (${p.when}) is cancelled.**`,
  },
  moveNotice: {
    nb: (p: { meeting: string; when: string }) => `**Møte ${p.meeting} er flyttet til ${p.when}.**`,
    en: (p: { meeting: string; when: string }) => `**Meeting ${p.meeting} is moved to ${p.when}.**`,
  },

  // Items
  itemFormAddTitle: { nb: 'Ny sak', en: 'New item' },
  itemFormEditTitle: { nb: 'Endre sak', en: 'Edit item' },
  fieldType: { nb: 'Sakstype', en: 'Type' },
  fieldTitle: { nb: 'Tittel', en: 'Title' },
  fieldPresenter: { nb: 'Saksansvarlig', en: 'Presenter' },
  fieldPersonSearch: { nb: 'Søk etter navn eller organisasjon', en: 'Search by name or organisation' },
  fieldProposedDecision: { nb: 'Forslag til vedtak', en: 'Proposed decision' },
  fieldPlannedStart: { nb: 'Planlagt start', en: 'Planned start' },
  errUnknownPerson: { nb: 'Velg en person fra listen.', en: 'Choose a person from the list.' },
  errType: { nb: 'Velg en sakstype fra listen.', en: 'Choose a type from the list.' },
  errOutsideMeeting: { nb: 'Starttiden må ligge innenfor møtet.', en: 'The start must be within the meeting.' },
  itemAdded: {
    nb: (p: { caseNumber: string; title: string }) => `Sak ${p.caseNumber} «${p.title}» er lagt til.`,
    en: (p: { caseNumber: string; title: string }) => `Item ${p.caseNumber} "${p.title}" is added.`,
  },
  itemSaved: {
    nb: (p: { caseNumber: string; title: string }) => `Sak ${p.caseNumber} «${p.title}» er lagret.`,
    en: (p: { caseNumber: string; title: string }) => `Item ${p.caseNumber} "${p.title}" is saved.`,
  },
  standardItem: { nb: 'Faste saker kan ikke endres eller fjernes.', en: 'Standing items cannot be edited or removed.' },

  // Standing items
  itemNoticeAndAgenda: { nb: 'Godkjenning av innkalling og saksliste', en: 'Approval of notice and agenda' },
  itemPreviousMinutes: { nb: 'Godkjenning av referat fra forrige møte', en: 'Approval of the minutes of the previous meeting' },
  itemMinutesOf: { nb: (p: { meeting: string }) => `Godkjenning av referat fra ${p.meeting}`, en: (p: { meeting: string }) => `Approval of the minutes of ${p.meeting}` },
  itemAnyOtherBusiness: { nb: 'Eventuelt', en: 'Any other business' },

  // Presenter
  assignedTitle: { nb: 'Du er saksansvarlig', en: 'You are the presenter' },
  removedForPresenterTitle: { nb: 'Saken er tatt av sakslisten', en: 'The item is off the agenda' },
  removedForPresenter: {
    nb: (p: { meeting: string; caseNumber: string; title: string }) => `Sak ${p.caseNumber} «${p.title}» er tatt av sakslisten for ${p.meeting}. Du trenger ikke sende saksunderlag.`,
    en: (p: { meeting: string; caseNumber: string; title: string }) => `Item ${p.caseNumber} “${p.title}” is off the agenda of ${p.meeting}. You need not send a paper.`,
  },
  assigned: {
    nb: (p: { meeting: string; when: string; caseNumber: string; title: string }) =>
      `Du er satt opp som saksansvarlig for sak ${p.caseNumber} «${p.title}» på ${p.meeting} (${p.when}).`,
    en: (p: { meeting: string; when: string; caseNumber: string; title: string }) =>
      `You are the presenter of item ${p.caseNumber} "${p.title}" at ${p.meeting} (${p.when}).`,
  },
  paperDeadline: { nb: (p: { when: string }) => `Frist for saksunderlag: **${p.when}**`, en: (p: { when: string }) => `Paper deadline: **${p.when}**` },
  // A presenter added after the paper deadline (a meeting at short notice, an item added late).
  paperDeadlinePassed: {
    nb: (p: { when: string }) => `Fristen for saksunderlag (${p.when}) er allerede passert: **lever det så snart du kan**.`,
    en: (p: { when: string }) => `The paper deadline (${p.when}) has already passed: **send it as soon as you can**.`,
  },
  submitPaper: { nb: 'Lever saksunderlag', en: 'Submit paper' },
  submitPaperForPresenter: { nb: 'Lever for saksansvarlig', en: 'Submit for the presenter' },
  addPaperForPresenter: { nb: 'Nytt saksunderlag', en: 'New paper' },
  paperFormTitle: { nb: 'Lever saksunderlag', en: 'Submit paper' },
  submit: { nb: 'Lever', en: 'Submit' },
  fieldPaperTitle: { nb: 'Tittel på saksunderlaget', en: 'Title of the paper' },
  fieldLinks: { nb: 'Lenker (én per linje)', en: 'Links (one per line)' },
  fieldLinksHint: { nb: 'Toppnotat og vedlegg, for eksempel i SharePoint.', en: 'Cover note and attachments, e.g. in SharePoint.' },
  errLinks: { nb: (p: { line: string }) => `«${p.line}» er ikke en lenke. Skriv hele lenker som begynner med https://, én per linje.`, en: (p: { line: string }) => `"${p.line}" is not a link. Write full links starting with https://, one per line.` },
  paperSubmitted: {
    nb: (p: { caseNumber: string; title: string }) => `Takk! Saksunderlaget for sak ${p.caseNumber} «${p.title}» er levert.`,
    en: (p: { caseNumber: string; title: string }) => `Thank you! The paper for item ${p.caseNumber} "${p.title}" is submitted.`,
  },
  reminderTitle: { nb: 'Påminnelse: saksunderlag', en: 'Reminder: paper' },
  reminder: {
    nb: (p: { caseNumber: string; title: string; meeting: string; when: string }) =>
      `Saksunderlaget for sak ${p.caseNumber} «${p.title}» (${p.meeting}) skal leveres innen **${p.when}**.`,
    en: (p: { caseNumber: string; title: string; meeting: string; when: string }) =>
      `The paper for item ${p.caseNumber} "${p.title}" (${p.meeting}) is due by **${p.when}**.`,
  },
  lateTitle: { nb: 'Fristen er passert', en: 'The deadline has passed' },
  late: {
    nb: (p: { caseNumber: string; title: string; meeting: string; when: string }) =>
      `Fristen for saksunderlag til sak ${p.caseNumber} «${p.title}» (${p.meeting}) var ${p.when}. Lever så snart du kan.`,
    en: (p: { caseNumber: string; title: string; meeting: string; when: string }) =>
      `The paper deadline for item ${p.caseNumber} "${p.title}" (${p.meeting}) was ${p.when}. Please submit as soon as you can.`,
  },
  digestTitle: { nb: (p: { meeting: string }) => `Manglende saksunderlag – ${p.meeting}`, en: (p: { meeting: string }) => `Missing papers – ${p.meeting}` },
  secretariatReminder: {
    nb: (p: { meeting: string; milestone: string; when: string }) => `Påminnelse for ${p.meeting}: ${p.milestone} ${p.when}.`,
    en: (p: { meeting: string; milestone: string; when: string }) => `Reminder for ${p.meeting}: ${p.milestone} ${p.when}.`,
  },

  // Status
  statusTitle: { nb: (p: { meeting: string }) => `Status for ${p.meeting}`, en: (p: { meeting: string }) => `Status of ${p.meeting}` },
  nextDeadline: { nb: 'Neste frist', en: 'Next deadline' },
  noNextDeadline: { nb: 'ingen', en: 'none' },
  stateLabel: { nb: 'Tilstand', en: 'State' },
  attendance: { nb: 'Påmelding', en: 'Attendance' },
  attendanceCounts: {
    nb: (p: { yes: number; no: number; deputy: number; none: number }) => `${p.yes} kommer, ${p.no} kommer ikke, ${p.deputy} sender vara, ${p.none} har ikke svart`,
    en: (p: { yes: number; no: number; deputy: number; none: number }) => `${p.yes} attending, ${p.no} not attending, ${p.deputy} sending a deputy, ${p.none} no answer`,
  },
  paperMissing: { nb: 'mangler', en: 'missing' },
  paperSubmittedState: { nb: 'levert', en: 'submitted' },
  paperLate: { nb: 'for sent', en: 'late' },
  paperNotNeeded: { nb: 'ikke påkrevd', en: 'not required' },
  noPresenter: { nb: 'ingen saksansvarlig', en: 'no presenter' },
  paperLabel: { nb: 'saksunderlag', en: 'paper' },
  edit: { nb: 'Endre', en: 'Edit' },
  up: { nb: 'Opp', en: 'Up' },
  down: { nb: 'Ned', en: 'Down' },
  remove: { nb: 'Fjern', en: 'Remove' },
  addItem: { nb: 'Ny sak', en: 'Add item' },
  distributeNow: { nb: 'Distribuer nå', en: 'Distribute now' },
  distributeConfirmTitle: { nb: 'Distribuere sakslisten?', en: 'Distribute the agenda?' },
  distributeConfirmText: {
    nb: (p: { meeting: string }) => `Sakslisten og sakspapirene for ${p.meeting} blir postet i utvalgets kanal og sendt til deltakerne. En utsendelse kan ikke trekkes tilbake.`,
    en: (p: { meeting: string }) => `The agenda and papers of ${p.meeting} will be posted in the committee’s channel and sent to the participants. A distribution cannot be taken back.`,
  },
  distributeConfirm: { nb: 'Distribuer', en: 'Distribute' },
  confirmDeny: { nb: 'Avbryt', en: 'Cancel' },
  moveMeeting: { nb: 'Flytt møtet', en: 'Move meeting' },
  cancelMeeting: { nb: 'Avlys møtet', en: 'Cancel meeting' },
  itemRemoved: { nb: (p: { caseNumber: string }) => `Sak ${p.caseNumber} er fjernet. Saksnummeret brukes ikke igjen.`, en: (p: { caseNumber: string }) => `Item ${p.caseNumber} is removed. Its case number is not used again.` },

  // Distribution
  movedPaperDeadline: {
    nb: (p: { caseNumber: string; title: string; when: string }) => `Ny frist for saksunderlaget til sak ${p.caseNumber} «${p.title}»: **${p.when}**.`,
    en: (p: { caseNumber: string; title: string; when: string }) => `New deadline for the paper for item ${p.caseNumber} "${p.title}": **${p.when}**.`,
  },
  // Moved so close that the new paper deadline has already passed.
  movedPaperDeadlinePassed: {
    nb: (p: { caseNumber: string; title: string; when: string }) =>
      `Den nye fristen for saksunderlaget til sak ${p.caseNumber} «${p.title}» (${p.when}) er allerede passert: **send det så snart du kan**.`,
    en: (p: { caseNumber: string; title: string; when: string }) =>
      `The new deadline for the paper for item ${p.caseNumber} "${p.title}" (${p.when}) has already passed: **send it as soon as you can**.`,
  },
  papersToFollow: {
    nb: (p: { missing: string }) => `Saksunderlaget til sak ${p.missing} er merket «ettersendes», og de saksansvarlige får en påminnelse.`,
    en: (p: { missing: string }) => `The papers for item ${p.missing} are marked "to follow", and their presenters are reminded.`,
  },
  paperToFollowMark: { nb: '⏳ Saksunderlag ettersendes', en: '⏳ Papers to follow' },
  paperToFollowTitle: { nb: 'Saksunderlaget ettersendes', en: 'Your paper is to follow' },
  paperToFollow: {
    nb: (p: { meeting: string; caseNumber: string; title: string }) =>
      `Sakslisten for ${p.meeting} er sendt ut med saksunderlaget til sak ${p.caseNumber} «${p.title}» merket «ettersendes». Lever det så snart du kan; medlemmene får beskjed når det er kommet.`,
    en: (p: { meeting: string; caseNumber: string; title: string }) =>
      `The agenda of ${p.meeting} has gone out with the paper for item ${p.caseNumber} "${p.title}" marked "to follow". Please submit it as soon as you can; the members are told when it has come.`,
  },
  paperArrivedTitle: { nb: 'Ettersendt saksunderlag', en: 'Paper that was to follow' },
  paperArrived: {
    nb: (p: { meeting: string; caseNumber: string; title: string }) =>
      `Saksunderlaget til sak ${p.caseNumber} «${p.title}» (${p.meeting}) er kommet, og sakslisten i kanalen er oppdatert.`,
    en: (p: { meeting: string; caseNumber: string; title: string }) =>
      `The paper for item ${p.caseNumber} "${p.title}" (${p.meeting}) has come, and the agenda in the channel is updated.`,
  },
  // `at` is empty when the late milestones run at once (the meeting starts within the grace), else "kl. 11.30".
  shortNotice: {
    nb: (p: { ran: string; skipped: string; at: string }) =>
      `Møtet er kort varslet: ${p.ran ? (p.at ? `${p.ran} kjøres ${p.at}, så du rekker å sette opp sakslisten først` : `${p.ran} er kjørt nå`) : 'ingen passerte milepæler kjøres'}${p.skipped ? `, og ${p.skipped} er hoppet over fordi fristen har passert` : ''}.${p.ran && p.at ? ` Sakslisten sendes ut ${p.at}; trykk **Distribuer nå** på statuskortet (eller skriv «møte distribuer») for å sende den før.` : ''}`,
    en: (p: { ran: string; skipped: string; at: string }) =>
      `The meeting is at short notice: ${p.ran ? (p.at ? `${p.ran} run${p.ran.includes(',') || p.ran.includes(' and ') ? '' : 's'} at ${p.at}, so you have time to build the agenda first` : `${p.ran} runs now`) : 'no past milestone runs'}${p.skipped ? `, and ${p.skipped} ${p.skipped.includes(',') || p.skipped.includes(' and ') ? 'are' : 'is'} skipped because the time has passed` : ''}.${p.ran && p.at ? ` The agenda is sent at ${p.at}; press **Distribute now** on the status card (or write "meeting distribute") to send it earlier.` : ''}`,
  },
  distributed: { nb: (p: { meeting: string }) => `Sakslisten for ${p.meeting} er sendt ut.`, en: (p: { meeting: string }) => `The agenda of ${p.meeting} has been distributed.` },
  alreadyDistributed: { nb: (p: { meeting: string }) => `Sakslisten for ${p.meeting} er allerede sendt ut.`, en: (p: { meeting: string }) => `The agenda of ${p.meeting} was already distributed.` },
  agendaTitle: { nb: (p: { meeting: string }) => `Saksliste – ${p.meeting}`, en: (p: { meeting: string }) => `Agenda – ${p.meeting}` },
  fieldWhen: { nb: 'Tid', en: 'Time' },
  fieldWhere: { nb: 'Sted', en: 'Place' },
  caseLine: { nb: (p: { caseNumber: string; title: string }) => `**Sak ${p.caseNumber} ${p.title}**`, en: (p: { caseNumber: string; title: string }) => `**Item ${p.caseNumber} ${p.title}**` },
  presenterLine: { nb: (p: { name: string }) => `Saksansvarlig: ${p.name}`, en: (p: { name: string }) => `Presenter: ${p.name}` },
  proposedLine: { nb: (p: { text: string }) => `Forslag til vedtak: ${p.text}`, en: (p: { text: string }) => `Proposed decision: ${p.text}` },
  paperMissingMark: { nb: '⚠ Saksunderlag mangler', en: '⚠ Paper missing' },
  papersLine: { nb: 'Vedlegg', en: 'Papers' },
  paperLinkLabel: { nb: 'Vedlegg', en: 'Paper' },
  agendaUpdated: { nb: (p: { when: string }) => `Oppdatert ${p.when}`, en: (p: { when: string }) => `Updated ${p.when}` },
  meetingsSummary: { nb: 'Møtene i et utvalg: nummer, dato, tid og tilstand', en: 'A committee’s meetings: number, date, time and state' },
  meetingsUsage: { nb: 'møter UTVALG', en: 'meetings COMMITTEE' },
  meetingsHelp: { nb: 'Skriv «møter UTVALG», for eksempel «møter NUIT».', en: 'Type "meetings COMMITTEE", for example "meetings NUIT".' },
  meetingsTitle: { nb: (p: { committee: string }) => `Møter – ${p.committee}`, en: (p: { committee: string }) => `Meetings – ${p.committee}` },
  meetingsNone: {
    nb: (p: { committee: string }) => `${p.committee} har ingen møter i år eller senere. Opprett et med «møte ny ${p.committee}».`,
    en: (p: { committee: string }) => `${p.committee} has no meetings this year or later. Create one with "meeting new ${p.committee}".`,
  },
  meetingsOpen: { nb: (p: { meeting: string }) => `Åpne ${p.meeting}`, en: (p: { meeting: string }) => `Open ${p.meeting}` },
  agendaSummary: {
    nb: 'Sakslisten for et møte, eller for de neste møtene i utvalgene dine',
    en: 'The agenda of a meeting, or of the next meetings of your committees',
  },
  agendaUsage: { nb: 'saksliste [UTVALG [N/ÅÅÅÅ]]', en: 'agenda [COMMITTEE [N/YYYY]]' },
  noUpcomingAgendas: {
    nb: 'Utvalgene dine har ingen kommende møter. Skriv «saksliste NUIT» for et bestemt utvalg.',
    en: 'Your committees have no upcoming meetings. Type "agenda NUIT" for a given committee.',
  },
  plannedAt: { nb: (p: { time: string }) => `(${p.time})`, en: (p: { time: string }) => `(${p.time})` },

  // Members
  inviteTitle: { nb: (p: { meeting: string }) => `Innkalling: ${p.meeting}`, en: (p: { meeting: string }) => `Invitation: ${p.meeting}` },
  invite: {
    nb: (p: { committee: string; when: string; place: string }) => `Du er invitert til møte i ${p.committee} ${p.when}, ${p.place}. Kommer du?`,
    en: (p: { committee: string; when: string; place: string }) => `You are invited to a meeting of ${p.committee} on ${p.when}, ${p.place}. Will you attend?`,
  },
  memberReminderTitle: { nb: (p: { meeting: string }) => `Påminnelse: ${p.meeting}`, en: (p: { meeting: string }) => `Reminder: ${p.meeting}` },
  attendingButton: { nb: 'Jeg kommer', en: 'Attending' },
  notAttendingButton: { nb: 'Jeg kommer ikke', en: 'Not attending' },
  deputyButton: { nb: 'Jeg sender vara', en: 'Sending a deputy' },
  deputyFormTitle: { nb: 'Vara', en: 'Deputy' },
  fieldDeputyName: { nb: 'Navn på vara', en: 'Name of the deputy' },
  answerAttending: { nb: (p: { meeting: string }) => `Takk! Du er påmeldt ${p.meeting}.`, en: (p: { meeting: string }) => `Thank you! You are attending ${p.meeting}.` },
  answerNotAttending: { nb: (p: { meeting: string }) => `Takk! Du er meldt av ${p.meeting}.`, en: (p: { meeting: string }) => `Thank you! You are not attending ${p.meeting}.` },
  answerDeputy: {
    nb: (p: { meeting: string; name: string }) => `Takk! ${p.name} møter for deg på ${p.meeting}.`,
    en: (p: { meeting: string; name: string }) => `Thank you! ${p.name} attends ${p.meeting} for you.`,
  },
});

export const meetingStateTexts = defineTexts({
  planned: { nb: 'planlagt', en: 'planned' },
  agenda_set: { nb: 'saksliste fastsatt', en: 'agenda set' },
  distributed: { nb: 'sendt ut', en: 'distributed' },
  held: { nb: 'avholdt', en: 'held' },
  decisions_published: { nb: 'vedtak publisert', en: 'decisions published' },
  cancelled: { nb: 'avlyst', en: 'cancelled' },
});
