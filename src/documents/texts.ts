import { defineTexts } from '../i18n/text.js';

type Ref = { meeting: string };

/**
 * Every text of the documents capability, in bokmål and English. The labels inside the Word documents are written
 * with `plain()` (documents are not chat markup); the chat messages around them go through `t()` as usual.
 */
export const documentTexts = defineTexts({
  // File names (also the documents' titles).
  noticeFileName: { nb: (p: Ref) => `Innkalling – ${p.meeting}`, en: (p: Ref) => `Notice – ${p.meeting}` },
  minutesFileName: { nb: (p: Ref) => `Referat – ${p.meeting}`, en: (p: Ref) => `Minutes – ${p.meeting}` },
  minutesDraftMark: { nb: 'Utkast', en: 'Draft' },
  meetingIn: { nb: (p: { committee: string }) => `Møte i ${p.committee}`, en: (p: { committee: string }) => `Meeting of ${p.committee}` },

  // The head table.
  labelMeeting: { nb: 'Møte', en: 'Meeting' },
  labelDate: { nb: 'Dato', en: 'Date' },
  labelTime: { nb: 'Tid', en: 'Time' },
  labelPlace: { nb: 'Sted', en: 'Place' },
  labelVideo: { nb: 'Videolenke', en: 'Video link' },
  // The place of a meeting whose place is empty.
  videoMeeting: { nb: 'Videomøte', en: 'Video meeting' },
  labelMembers: { nb: 'Medlemmer', en: 'Members' },
  labelObservers: { nb: 'Observatører', en: 'Observers' },
  labelPresent: { nb: 'Til stede', en: 'Present' },
  labelAbsent: { nb: 'Forfall', en: 'Absent' },
  labelOthers: { nb: 'Andre deltakere', en: 'Other attendees' },
  nobody: { nb: '–', en: '–' },
  timeSpan: { nb: (p: { from: string; to: string }) => `Kl. ${p.from}–${p.to}`, en: (p: { from: string; to: string }) => `${p.from}–${p.to}` },
  deputyFor: { nb: (p: { deputy: string; person: string }) => `${p.deputy} (for ${p.person})`, en: (p: { deputy: string; person: string }) => `${p.deputy} (for ${p.person})` },

  // The agenda table and item sections.
  columnCase: { nb: 'Sak', en: 'Case' },
  columnAgenda: { nb: (p: { committee: string }) => `Agenda ${p.committee}`, en: (p: { committee: string }) => `Agenda ${p.committee}` },
  columnTime: { nb: 'Tidspunkt', en: 'Time' },
  columnType: { nb: 'Sakstype', en: 'Type' },
  columnPresenter: { nb: 'Saksansvarlig', en: 'Presenter' },
  columnTopic: { nb: 'Tema', en: 'Topic' },
  columnAttachments: { nb: 'Vedlegg', en: 'Attachments' },
  itemsHeading: { nb: 'Sakene', en: 'The items' },
  proposedDecision: { nb: 'Forslag til vedtak:', en: 'Proposed decision:' },
  attachment: { nb: (p: { n: string; title: string }) => `Vedlegg ${p.n}: ${p.title}`, en: (p: { n: string; title: string }) => `Attachment ${p.n}: ${p.title}` },
  previousMinutesAttachment: { nb: (p: Ref) => `Referat fra ${p.meeting}`, en: (p: Ref) => `Minutes of ${p.meeting}` },
  noPaperYet: { nb: 'Saksunderlag kommer', en: 'Paper to follow' },

  // The minutes.
  attendanceHeading: { nb: 'Deltakere', en: 'Attendance' },
  noted: { nb: 'Referat:', en: 'Noted:' },
  decision: { nb: 'Vedtak:', en: 'Decision:' },
  noDecision: { nb: 'Vedtak er ikke registrert.', en: 'No decision recorded.' },
  differsFromProposal: {
    nb: (p: { proposal: string }) => `Vedtaket avviker fra forslaget («${p.proposal}»).`,
    en: (p: { proposal: string }) => `The decision differs from the proposal ("${p.proposal}").`,
  },
  followUpsHeading: { nb: 'Oppfølging', en: 'Follow-ups' },
  columnTask: { nb: 'Oppgave', en: 'Task' },
  columnOwner: { nb: 'Ansvarlig', en: 'Owner' },
  columnDue: { nb: 'Frist', en: 'Due' },
  noFollowUps: { nb: 'Ingen oppfølgingspunkter.', en: 'No follow-ups.' },
  versionLine: { nb: (p: { version: number }) => `Versjon ${p.version}`, en: (p: { version: number }) => `Version ${p.version}` },

  // Chat messages that carry the documents.
  noticeReady: {
    nb: (p: Ref) => `Innkalling og saksliste for ${p.meeting} (Word).`,
    en: (p: Ref) => `Notice and agenda for ${p.meeting} (Word).`,
  },
  noticeChanged: {
    nb: (p: Ref & { version: number }) => `Oppdatert innkalling for ${p.meeting}, versjon ${p.version} (Word).`,
    en: (p: Ref & { version: number }) => `Updated notice for ${p.meeting}, version ${p.version} (Word).`,
  },
  minutesReady: {
    nb: (p: Ref) => `Utkast til referat fra ${p.meeting} (Word). Gi sekretariatet beskjed om merknader.`,
    en: (p: Ref) => `Draft minutes of ${p.meeting} (Word). Tell the secretariat if you have comments.`,
  },
  minutesCorrected: {
    nb: (p: Ref & { version: number }) => `Rettet utkast til referat fra ${p.meeting}, versjon ${p.version} (Word).`,
    en: (p: Ref & { version: number }) => `Corrected draft minutes of ${p.meeting}, version ${p.version} (Word).`,
  },
  download: { nb: 'Last ned', en: 'Download' },
  noLink: {
    nb: 'Dokumentet er laget, men boten har ingen offentlig adresse (PUBLIC_URL) å lenke til.',
    en: 'The document is made, but the bot has no public address (PUBLIC_URL) to link to.',
  },

  // Commands.
  minutesSummary: { nb: 'Referatutkastet for et møte som Word-dokument', en: 'The draft minutes of a meeting as a Word document' },
  minutesUsage: { nb: 'referat KOMITÉ N/ÅÅÅÅ', en: 'minutes COMMITTEE N/YYYY' },
  minutesHelp: { nb: 'Skriv for eksempel «referat NUIT 2/2027».', en: 'Type for example "minutes NUIT 2/2027".' },
  minutesNotHeld: {
    nb: (p: Ref) => `${p.meeting} er ikke holdt ennå, så det finnes ikke noe referat.`,
    en: (p: Ref) => `${p.meeting} has not been held yet, so there are no minutes.`,
  },
  minutesRefused: {
    nb: (p: { committee: string }) => `Referatene fra ${p.committee} er for utvalgets medlemmer og sekretariat.`,
    en: (p: { committee: string }) => `The minutes of ${p.committee} are for the committee's members and secretariat.`,
  },
  calendarSummary: { nb: 'Din kalenderlenke med møter og frister', en: 'Your calendar link with meetings and deadlines' },
  calendarUsage: { nb: 'kalender', en: 'calendar' },
  calendarReply: {
    nb: 'Abonner på denne adressen i Outlook, Google eller Apple Kalender, så får du møtene og fristene dine der. Lenken er personlig: ikke del den.',
    en: 'Subscribe to this address in Outlook, Google or Apple Calendar to get your meetings and deadlines there. The link is personal: do not share it.',
  },
  calendarNoUrl: {
    nb: 'Kalenderen er klar, men boten har ingen offentlig adresse (PUBLIC_URL) å vise deg.',
    en: 'Your calendar is ready, but the bot has no public address (PUBLIC_URL) to show you.',
  },
  calendarLink: { nb: 'Kalenderlenke', en: 'Calendar link' },
  addToCalendar: { nb: 'Legg i kalenderen (.ics)', en: 'Add to calendar (.ics)' },
  addDeadlineToCalendar: { nb: (p: { case: string }) => `Fristen for sak ${p.case} i kalenderen (.ics)`, en: (p: { case: string }) => `Deadline of case ${p.case} in your calendar (.ics)` },
  removeDeadlineFromCalendar: { nb: (p: { case: string }) => `Fjern fristen for sak ${p.case} fra kalenderen (.ics)`, en: (p: { case: string }) => `Remove the deadline of case ${p.case} from your calendar (.ics)` },

  // Calendar entries.
  // «NUIT-møte 2/2027», «NUIT meeting 2/2027» (the committee once).
  eventMeeting: { nb: (p: { committee: string; number: string }) => `${p.committee}-møte ${p.number}`, en: (p: { committee: string; number: string }) => `${p.committee} meeting ${p.number}` },
  eventPaperDeadlineDescription: {
    nb: (p: Ref) => `Send saksunderlaget til sekretariatet i Saksgang innen fristen (${p.meeting}).`,
    en: (p: Ref) => `Send your paper to the secretariat in Saksgang by the deadline (${p.meeting}).`,
  },
  eventPaperDeadline: {
    nb: (p: Ref & { case: string; title: string }) => `Frist for saksunderlag: sak ${p.case} ${p.title} (${p.meeting})`,
    en: (p: Ref & { case: string; title: string }) => `Paper deadline: case ${p.case} ${p.title} (${p.meeting})`,
  },
  eventVideo: { nb: (p: { url: string }) => `Videolenke: ${p.url}`, en: (p: { url: string }) => `Video link: ${p.url}` },
  feedName: { nb: (p: { name: string }) => `Saksgang – ${p.name}`, en: (p: { name: string }) => `Saksgang – ${p.name}` },
});
