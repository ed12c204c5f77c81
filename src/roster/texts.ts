import { defineTexts } from '../i18n/text.js';
import { ROSTER_PASTE_MAX } from './ids.js';

/** Every text of the roster import in chat, in bokmål and English. */
export const rosterTexts = defineTexts({
  kindInitiative: { nb: 'tiltak', en: 'initiative' },
  kindOrganisation: { nb: 'organisasjon', en: 'organisation' },
  kindPerson: { nb: 'person', en: 'person' },
  summary: { nb: 'Importer medlemslisten (sekretariatet)', en: 'Import the roster (secretariat)' },
  usage: { nb: 'medlemsliste import', en: 'roster import' },
  help: {
    nb: 'Skriv «medlemsliste import» for å lime inn en medlemsliste (YAML). Formatet står i docs/roster.md.',
    en: 'Type "roster import" to paste a roster (YAML). The format is described in docs/roster.md.',
  },
  formTitle: { nb: 'Importer medlemsliste', en: 'Import roster' },
  formSubmit: { nb: 'Importer', en: 'Import' },
  formCancel: { nb: 'Avbryt', en: 'Cancel' },
  formIntro: {
    nb: 'Lim inn medlemslisten som YAML, i samme format som filen til `npm run import` (se docs/roster.md). Alt sjekkes før noe lagres; oppføringer kjennes igjen på `key`, og ingenting slettes.',
    en: 'Paste the roster as YAML, in the same format as the file for `npm run import` (see docs/roster.md). Everything is checked before anything is saved; entries are matched by `key`, and nothing is deleted.',
  },
  fieldLabel: { nb: 'Medlemsliste (YAML)', en: 'Roster (YAML)' },
  fieldHint: {
    nb: `Høyst ${ROSTER_PASTE_MAX} tegn (grensen i Slack). En større liste importeres på serveren med «npm run import -- roster.yaml».`,
    en: `At most ${ROSTER_PASTE_MAX} characters (Slack's limit). Import a larger roster on the server with "npm run import -- roster.yaml".`,
  },
  errEmpty: { nb: 'Lim inn medlemslisten.', en: 'Paste the roster.' },
  errTooLong: {
    nb: `Høyst ${ROSTER_PASTE_MAX} tegn. Importer en større liste med «npm run import -- roster.yaml».`,
    en: `At most ${ROSTER_PASTE_MAX} characters. Import a larger roster with "npm run import -- roster.yaml".`,
  },
  errProblems: {
    nb: (p: { count: number }) => `Ingenting er lagret. Medlemslisten har ${p.count} feil:`,
    en: (p: { count: number }) => `Nothing was saved. The roster has ${p.count} problem${p.count === 1 ? '' : 's'}:`,
  },
  errOutside: {
    nb: (p: { entries: string }) =>
      `Ingenting er lagret. Fra chatten kan du bare endre utvalg der du er sekretariat, og personene i dem (tiltak og organisasjoner: porteføljens sekretariat). Utenfor: ${p.entries}. Be sekretariatet det gjelder, eller importer på serveren med «npm run import».`,
    en: (p: { entries: string }) =>
      `Nothing was saved. From chat you can only change committees you are secretariat of, and the people in them (initiatives and organisations: the portfolio's secretariat). Outside: ${p.entries}. Ask the secretariat concerned, or import on the server with "npm run import".`,
  },
  errDmPlatform: {
    nb: (p: { row: string; key: string; value: string }) =>
      `${p.row} («${p.key}»), dmPlatform: plattformen for direktemeldinger må være slack eller teams (eller tom), ikke «${p.value}».`,
    en: (p: { row: string; key: string; value: string }) =>
      `${p.row} ("${p.key}"), dmPlatform: the platform for direct messages must be slack or teams (or empty), not "${p.value}".`,
  },
  errMore: { nb: (p: { count: number }) => `… og ${p.count} til.`, en: (p: { count: number }) => `… and ${p.count} more.` },
  imported: { nb: 'Medlemslisten er importert.', en: 'The roster is imported.' },
  organisations: { nb: 'Organisasjoner', en: 'Organisations' },
  people: { nb: 'Personer', en: 'People' },
  committees: { nb: 'Utvalg', en: 'Committees' },
  initiatives: { nb: 'Tiltak', en: 'Initiatives' },
  memberships: { nb: 'Medlemskap', en: 'Memberships' },
  portfolioContacts: { nb: 'Porteføljekontakter', en: 'Portfolio contacts' },
  kindCounts: {
    nb: (p: { created: number; updated: number; unchanged: number }) => `${p.created} nye, ${p.updated} endret, ${p.unchanged} uendret`,
    en: (p: { created: number; updated: number; unchanged: number }) => `${p.created} created, ${p.updated} updated, ${p.unchanged} unchanged`,
  },
  linkCounts: {
    nb: (p: { created: number; removed: number }) => `${p.created} lagt til, ${p.removed} fjernet`,
    en: (p: { created: number; removed: number }) => `${p.created} added, ${p.removed} removed`,
  },
});
