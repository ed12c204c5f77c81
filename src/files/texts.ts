import { defineTexts } from '../i18n/text.js';

/** What a person who opens a generated file's link is told when it is gone. */
export const fileTexts = defineTexts({
  goneTitle: { nb: 'Filen er slettet', en: 'The file has been deleted' },
  goneText: {
    nb: 'Denne lenken er utløpt. Filer som boten lager (rapporter, eksporter og diagrammer), slettes etter en tid. Be sekretariatet om en ny.',
    en: 'This link has expired. Files the bot makes (reports, exports and charts) are deleted after a while. Ask the secretariat for a new one.',
  },
});
