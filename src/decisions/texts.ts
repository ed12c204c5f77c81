import { defineTexts } from '../i18n/text.js';

type MeetingRef = { meeting: string };

/** Every text of the decisions capability, in bokmål and English. */
export const decisionTexts = defineTexts({
  // commands
  summary: { nb: 'Registrer vedtak og oppmøte etter et møte, og publiser vedtakene', en: 'Record decisions and attendance after a meeting, and publish them' },
  usage: { nb: 'vedtak NUIT [2/2026] | vedtak publiser NUIT [2/2026] | vedtak oppmøte NUIT [2/2026]', en: 'decisions NUIT [2/2026] | decisions publish NUIT [2/2026] | decisions attendance NUIT [2/2026]' },
  searchSummary: { nb: 'Søk i vedtak: tekst, utvalg, år eller sak 12/21', en: 'Search decisions: text, committee, year or case 12/21' },
  searchUsage: { nb: 'søk vedtak <tekst> [utvalg] [år] [sak 12/21]', en: 'search decisions <text> [committee] [year] [case 12/21]' },
  meetingUsage: {
    nb: 'Skriv utvalget og gjerne møtenummeret, for eksempel «vedtak NUIT» (siste møte som er holdt) eller «vedtak NUIT 2/2026».',
    en: 'Give the committee and, if you like, the meeting number, for example "decisions NUIT" (the last meeting held) or "decisions NUIT 2/2026".',
  },
  searchHowTo: {
    nb: 'Skriv for eksempel «søk vedtak journal NUIT 2026» eller «søk vedtak sak 12/26».',
    en: 'Type for example "search decisions journal NUIT 2026" or "search decisions case 12/26".',
  },
  notInCommittee: { nb: 'Du må være med i et utvalg for å søke i vedtakene.', en: 'You need to be in a committee to search its decisions.' },

  // the list of items
  itemsTitle: { nb: (p: MeetingRef) => `Vedtak – ${p.meeting}`, en: (p: MeetingRef) => `Decisions – ${p.meeting}` },
  itemsIntro: {
    nb: 'Registrer vedtaket for hver sak. Du kan rette til og med etter publisering; da blir oppsummeringen i kanalen oppdatert.',
    en: 'Record the decision for each item. You can correct it even after publishing; the summary in the channel is then updated.',
  },
  noItems: { nb: 'Møtet har ingen saker på sakslisten.', en: 'The meeting has no items on its agenda.' },
  proposed: { nb: 'Forslag til vedtak', en: 'Proposed decision' },
  recorded: { nb: 'Vedtak', en: 'Decision' },
  notRecorded: { nb: 'Ikke registrert ennå.', en: 'Not recorded yet.' },
  recordButton: { nb: 'Registrer vedtak', en: 'Record decision' },
  attendanceButton: { nb: 'Oppmøte', en: 'Attendance' },
  publishButton: { nb: 'Publiser', en: 'Publish' },
  publishedAt: { nb: (p: { date: string }) => `Publisert ${p.date}.`, en: (p: { date: string }) => `Published ${p.date}.` },

  // the decision form
  formTitle: { nb: (p: { caseNo: string }) => `Vedtak sak ${p.caseNo}`, en: (p: { caseNo: string }) => `Decision ${p.caseNo}` },
  save: { nb: 'Lagre', en: 'Save' },
  cancel: { nb: 'Avbryt', en: 'Cancel' },
  decisionLabel: { nb: 'Vedtak', en: 'Decision' },
  decisionHint: { nb: 'Forhåndsutfylt med forslaget til vedtak; endre fritt.', en: 'Pre-filled with the proposed decision; edit freely.' },
  notesLabel: { nb: 'Referat (det som ble sagt)', en: 'Notes (what was said)' },
  ownerLabel: { nb: (p: { n: number }) => `Oppfølging ${p.n}: ansvarlig`, en: (p: { n: number }) => `Follow-up ${p.n}: owner` },
  ownerSearch: { nb: 'Søk etter navn eller organisasjon', en: 'Search by name or organisation' },
  whatLabel: { nb: (p: { n: number }) => `Oppfølging ${p.n}: hva`, en: (p: { n: number }) => `Follow-up ${p.n}: what` },
  dueLabel: { nb: (p: { n: number }) => `Oppfølging ${p.n}: frist`, en: (p: { n: number }) => `Follow-up ${p.n}: due date` },
  decisionRequired: { nb: 'Skriv vedtaket.', en: 'Write the decision.' },
  ownerRequired: { nb: 'Velg hvem som skal følge opp.', en: 'Choose who follows this up.' },
  ownerUnknown: { nb: 'Velg en person fra utvalgets liste.', en: 'Choose a person from the committee’s roster.' },
  whatRequired: { nb: 'Skriv hva som skal gjøres.', en: 'Write what is to be done.' },
  dueRequired: { nb: 'Velg en frist.', en: 'Choose a due date.' },
  dueInvalid: { nb: 'Skriv datoen som ÅÅÅÅ-MM-DD.', en: 'Write the date as YYYY-MM-DD.' },
  duePast: { nb: 'Fristen kan ikke være tilbake i tid.', en: 'The due date cannot be in the past.' },
  saved: { nb: (p: { caseNo: string }) => `Vedtaket i sak ${p.caseNo} er lagret.`, en: (p: { caseNo: string }) => `The decision on item ${p.caseNo} is saved.` },
  savedCorrected: {
    nb: (p: { caseNo: string }) => `Vedtaket i sak ${p.caseNo} er rettet. Den publiserte oppsummeringen blir oppdatert.`,
    en: (p: { caseNo: string }) => `The decision on item ${p.caseNo} is corrected. The published summary is being updated.`,
  },

  // attendance
  attendanceTitle: { nb: 'Oppmøte', en: 'Attendance' },
  attendanceIntro: { nb: (p: MeetingRef) => `Hvem var til stede på ${p.meeting}?`, en: (p: MeetingRef) => `Who attended ${p.meeting}?` },
  present: { nb: 'Til stede', en: 'Present' },
  absent: { nb: 'Fravær', en: 'Absent' },
  observersLabel: { nb: 'Observatører til stede', en: 'Observers present' },
  notParticipatingLabel: { nb: (p: { caseNo: string }) => `Sak ${p.caseNo}: deltok ikke`, en: (p: { caseNo: string }) => `Item ${p.caseNo}: did not take part` },
  othersLabel: { nb: 'Andre til stede (én per linje)', en: 'Other attendees (one per line)' },
  attendanceSaved: {
    nb: (p: { present: number; absent: number; others: number }) => `Oppmøtet er lagret: ${p.present} til stede, ${p.absent} med fravær, ${p.others} andre.`,
    en: (p: { present: number; absent: number; others: number }) => `Attendance saved: ${p.present} present, ${p.absent} absent, ${p.others} others.`,
  },
  // After a change once the decisions are published: the job staged with the save edits the summary's copies.
  attendanceSummaryUpdate: {
    nb: 'Den publiserte vedtaksoppsummeringen oppdateres i kanalen om et øyeblikk.',
    en: 'The published decision summary will be updated in the channel in a moment.',
  },

  // publishing
  publishConfirmTitle: { nb: 'Publisere vedtakene?', en: 'Publish the decisions?' },
  publishUnrecorded: {
    nb: (p: { unrecorded: number; total: number }) => `${p.unrecorded} av ${p.total} saker har ikke registrert vedtak.`,
    en: (p: { unrecorded: number; total: number }) => `${p.unrecorded} of ${p.total} items have no recorded decision.`,
  },
  publishNotHeld: { nb: (p: { ends: string }) => `Møtet er ikke over ennå (slutter ${p.ends}).`, en: (p: { ends: string }) => `The meeting has not ended yet (it ends ${p.ends}).` },
  publishConfirmText: {
    nb: (p: MeetingRef) => `Oppsummeringen for ${p.meeting} blir postet i utvalgets kanal, og saksansvarlige får beskjed.`,
    en: (p: MeetingRef) => `The summary of ${p.meeting} will be posted in the committee’s channel, and the presenters told.`,
  },
  publishConfirm: { nb: 'Publiser likevel', en: 'Publish anyway' },
  confirmDeny: { nb: 'Avbryt', en: 'Cancel' },
  publishQueued: {
    nb: (p: MeetingRef) => `Vedtakene fra ${p.meeting} publiseres nå i utvalgets kanal, og saksansvarlige får beskjed.`,
    en: (p: MeetingRef) => `The decisions of ${p.meeting} are being posted to the committee’s channel, and the presenters are told.`,
  },
  nothingToPublish: { nb: 'Ingen vedtak er registrert ennå; det er ingenting å publisere.', en: 'No decision is recorded yet; there is nothing to publish.' },
  nothingToPublishNotice: {
    nb: (p: MeetingRef) => `Vedtaksoppsummeringen for ${p.meeting} skulle vært publisert nå, men ingen vedtak er registrert. Skriv «vedtak ${p.meeting}».`,
    en: (p: MeetingRef) => `The decision summary of ${p.meeting} was due now, but no decision is recorded. Type "decisions ${p.meeting}".`,
  },
  summaryTitle: { nb: (p: MeetingRef) => `Vedtak fra ${p.meeting}`, en: (p: MeetingRef) => `Decisions of ${p.meeting}` },
  summaryMeeting: { nb: (p: { number: string; date: string }) => `Møte ${p.number}, ${p.date}`, en: (p: { number: string; date: string }) => `Meeting ${p.number}, ${p.date}` },
  summaryItem: { nb: (p: { caseNo: string; title: string; type: string }) => `**Sak ${p.caseNo} – ${p.title}** (${p.type})`, en: (p: { caseNo: string; title: string; type: string }) => `**Item ${p.caseNo} – ${p.title}** (${p.type})` },
  summaryPresent: { nb: 'Til stede', en: 'Present' },
  summaryAbsent: { nb: 'Forfall', en: 'Absent' },
  summaryOthers: { nb: 'Andre til stede', en: 'Other attendees' },
  summaryObservers: { nb: 'Observatører', en: 'Observers' },
  summaryAttendanceLine: { nb: (p: { label: string; names: string }) => `**${p.label}:** ${p.names}`, en: (p: { label: string; names: string }) => `**${p.label}:** ${p.names}` },
  and: { nb: 'og', en: 'and' },
  notTakingPart: {
    nb: (p: { names: string; caseNo: string }) => `${p.names} deltok ikke i behandlingen av sak ${p.caseNo}.`,
    en: (p: { names: string; caseNo: string }) => `${p.names} did not take part in item ${p.caseNo}.`,
  },
  corrected: { nb: (p: { date: string }) => `✏️ Rettet ${p.date}.`, en: (p: { date: string }) => `✏️ Corrected ${p.date}.` },
  correctedItem: { nb: '(rettet)', en: '(corrected)' },
  presenterTitle: { nb: (p: { caseNo: string }) => `Vedtak i sak ${p.caseNo}`, en: (p: { caseNo: string }) => `Decision on item ${p.caseNo}` },
  presenterIntro: {
    nb: (p: { title: string; meeting: string }) => `Saken din «${p.title}» ble behandlet på ${p.meeting}.`,
    en: (p: { title: string; meeting: string }) => `Your item "${p.title}" was treated at ${p.meeting}.`,
  },
  followUps: { nb: 'Oppfølging', en: 'Follow-ups' },
  followUpLine: { nb: (p: { owner: string; what: string; due: string }) => `• ${p.owner}: ${p.what} (frist ${p.due})`, en: (p: { owner: string; what: string; due: string }) => `• ${p.owner}: ${p.what} (due ${p.due})` },
  reminderText: {
    nb: (p: { what: string; due: string; caseNo: string; meeting: string }) => `⏰ Påminnelse: «${p.what}» har frist ${p.due}. Oppfølgingen kommer fra sak ${p.caseNo} på ${p.meeting}.`,
    en: (p: { what: string; due: string; caseNo: string; meeting: string }) => `⏰ Reminder: "${p.what}" is due ${p.due}. It follows from item ${p.caseNo} at ${p.meeting}.`,
  },
  doneButton: { nb: 'Ferdig', en: 'Done' },
  followUpDoneText: {
    nb: (p: { what: string; caseNo: string; meeting: string; date: string; by: string }) => `✅ Ferdig: «${p.what}» (sak ${p.caseNo} på ${p.meeting}) ble markert som ferdig ${p.date} av ${p.by}.`,
    en: (p: { what: string; caseNo: string; meeting: string; date: string; by: string }) => `✅ Done: "${p.what}" (item ${p.caseNo} at ${p.meeting}) was marked done on ${p.date} by ${p.by}.`,
  },
  followUpsSummary: { nb: 'Dine åpne oppfølgingsoppgaver fra vedtak, med frist', en: 'Your open follow-ups from decisions, with due dates' },
  followUpsUsage: { nb: 'oppfølging', en: 'follow-ups' },
  followUpsTitle: { nb: 'Dine oppfølgingsoppgaver', en: 'Your follow-ups' },
  followUpsNone: { nb: 'Du har ingen åpne oppfølgingsoppgaver.', en: 'You have no open follow-ups.' },
  followUpsCommittees: { nb: 'Åpne oppfølgingsoppgaver i utvalgene du er sekretariat for', en: 'Open follow-ups in the committees you are secretariat of' },
  followUpsCommitteesNone: { nb: 'Ingen andre åpne oppfølgingsoppgaver i utvalgene dine.', en: 'No other open follow-ups in your committees.' },
  followUpsMore: { nb: (p: { count: number }) => `… og ${p.count} til.`, en: (p: { count: number }) => `… and ${p.count} more.` },
  overdue: { nb: '(forfalt)', en: '(overdue)' },
  followUpRow: {
    nb: (p: { what: string; due: string; overdue: string; committee: string; caseNo: string; title: string; owner: string }) =>
      `**${p.what}** – frist ${p.due}${p.overdue}\n${p.committee} sak ${p.caseNo} ${p.title}${p.owner ? ` · ${p.owner}` : ''}`,
    en: (p: { what: string; due: string; overdue: string; committee: string; caseNo: string; title: string; owner: string }) =>
      `**${p.what}** – due ${p.due}${p.overdue}\n${p.committee} item ${p.caseNo} ${p.title}${p.owner ? ` · ${p.owner}` : ''}`,
  },
  draftMinutesReminder: {
    nb: (p: MeetingRef) => `📝 Tid for å sende utkast til referat fra ${p.meeting} til medlemmene. Godkjenning av referatet står på sakslisten til neste møte.`,
    en: (p: MeetingRef) => `📝 Time to circulate the draft minutes of ${p.meeting} to the members. Their approval is on the next meeting’s agenda.`,
  },

  // search
  searchTitle: { nb: (p: { count: number }) => `Vedtak (${p.count} treff)`, en: (p: { count: number }) => `Decisions (${p.count} found)` },
  searchNone: { nb: 'Fant ingen publiserte vedtak som passer.', en: 'No published decision matches.' },
  searchMore: { nb: (p: { shown: number }) => `Viser de ${p.shown} nyeste. Snevre inn med utvalg, år eller sak.`, en: (p: { shown: number }) => `Showing the ${p.shown} newest. Narrow down by committee, year or case.` },
  summaryLink: { nb: 'vedtaksoppsummeringen', en: 'the decision summary' },
  searchHit: {
    nb: (p: { committee: string; caseNo: string; title: string; meeting: string; decision: string; link: string }) => `**${p.committee} sak ${p.caseNo} – ${p.title}** (${p.meeting})\n${p.decision}\n${p.link}`,
    en: (p: { committee: string; caseNo: string; title: string; meeting: string; decision: string; link: string }) => `**${p.committee} item ${p.caseNo} – ${p.title}** (${p.meeting})\n${p.decision}\n${p.link}`,
  },
  seeSummary: { nb: (p: { link: string }) => `Se ${p.link}.`, en: (p: { link: string }) => `See ${p.link}.` },

  // minutes approval item on the next meeting
  minutesItemTitle: { nb: (p: MeetingRef) => `Godkjenning av referat fra ${p.meeting}`, en: (p: MeetingRef) => `Approval of the minutes of ${p.meeting}` },
  minutesItemProposal: { nb: (p: MeetingRef) => `Referatet fra ${p.meeting} godkjennes.`, en: (p: MeetingRef) => `The minutes of ${p.meeting} are approved.` },
});
