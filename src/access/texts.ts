import { defineTexts } from '../i18n/text.js';

/** What a person is told when the access module refuses them, one text per refusal code. */
export const accessTexts = defineTexts({
  not_committee_secretariat: { nb: 'Bare sekretariatet for utvalget kan gjøre dette.', en: 'Only the committee’s secretariat can do this.' },
  not_committee_attendee: {
    nb: 'Bare medlemmer og observatører i utvalget kan svare på innkallingen.',
    en: 'Only members and observers of the committee can answer the notice.',
  },
  not_presenter: {
    nb: 'Bare saksansvarlig eller sekretariatet kan levere saksunderlag for denne saken.',
    en: 'Only the presenter or the secretariat can submit the paper for this item.',
  },
  not_decision_secretariat: {
    nb: 'Bare sekretariatet for utvalget kan registrere og publisere vedtak.',
    en: 'Only the committee’s secretariat can record and publish decisions.',
  },
  not_follow_up_owner: {
    nb: 'Bare den som har oppfølgingen, eller sekretariatet for utvalget, kan markere den som ferdig.',
    en: 'Only the follow-up’s owner or the committee’s secretariat can mark it done.',
  },
  not_portfolio_secretariat: { nb: 'Bare sekretariatet kan gjøre dette.', en: 'Only the secretariat can do this.' },
  not_reporter: {
    nb: (p: { initiative: string }) =>
      `Du kan ikke rapportere for «${p.initiative}». Det kan tiltakseieren, porteføljekontakten i eierorganisasjonen og sekretariatet.`,
    en: (p: { initiative: string }) =>
      `You cannot report for "${p.initiative}". The initiative owner, the owner organisation’s portfolio contact and the secretariat can.`,
  },
  not_dependency_party: {
    nb: 'Bare tiltakseier, leverandørens kontakt, porteføljekontakter i tiltakets organisasjon og sekretariatet kan svare på denne avhengigheten.',
    en: 'Only the initiative owner, the provider’s contact, portfolio contacts of the initiative’s organisation and the secretariat can answer for this dependency.',
  },
  not_dependency_secretariat: { nb: 'Bare sekretariatet kan se alle røde avhengigheter.', en: 'Only the secretariat can list all red dependencies.' },
  not_roster_secretariat: { nb: 'Bare sekretariatet kan importere medlemslisten.', en: 'Only the secretariat can import the roster.' },
  not_roster_searcher: {
    nb: 'Bare sekretariatet, tiltakseiere og porteføljekontakter kan søke i rosteret.',
    en: 'Only the secretariat, initiative owners and portfolio contacts can search the roster.',
  },
});
