import { defineTexts } from '../i18n/text.js';

/** Every text of the red-dependency capability, in bokmål and English. */
export const dependencyTexts = defineTexts({
  // Messages
  turnedRedHeader: { nb: '🔴 En avhengighet er blitt rød', en: '🔴 A dependency has turned red' },
  providerNamedHeader: { nb: '🔴 Du er ny leverandør for en rød avhengighet', en: '🔴 You are the new provider of a red dependency' },
  providerNamedIntro: {
    nb: (p: { initiative: string }) => `**${p.initiative}** venter på en rød avhengighet, og du (eller organisasjonen din) er nå oppført som leverandør. Svar med knappene når noe endrer seg.`,
    en: (p: { initiative: string }) => `**${p.initiative}** is waiting for a red dependency, and you (or your organisation) are now named its provider. Answer with the buttons when something changes.`,
  },
  providerNamedText: {
    nb: (p: { description: string; initiative: string }) => `Du er ny leverandør for den røde avhengigheten «${p.description}» for ${p.initiative}.`,
    en: (p: { description: string; initiative: string }) => `You are the new provider of the red dependency "${p.description}" of ${p.initiative}.`,
  },
  /** After a provider typed as free text, wherever it is shown. */
  notInRoster: { nb: 'ikke i rosteret: ingen blir varslet', en: 'not in the roster: nobody will be notified' },
  // The heading of a notice once its dependency is no longer red (every copy follows the status).
  nowYellowHeader: { nb: '🟡 Avhengigheten er nå gul', en: '🟡 The dependency is now yellow' },
  nowGreenHeader: { nb: '🟢 Avhengigheten er nå grønn', en: '🟢 The dependency is now green' },
  nowResolvedHeader: { nb: '✅ Avhengigheten er løst', en: '✅ The dependency is resolved' },
  noneRedHeader: { nb: '✅ Ingen av avhengighetene er røde lenger', en: '✅ None of these dependencies is red any more' },
  noLongerRedIntro: {
    nb: (p: { initiative: string }) => `Avhengigheten for **${p.initiative}** er ikke lenger rød. Svaret står under.`,
    en: (p: { initiative: string }) => `The dependency of **${p.initiative}** is no longer red. The answer is below.`,
  },
  turnedRedIntro: {
    nb: (p: { initiative: string }) => `En avhengighet for **${p.initiative}** er nå rød: det er uklart når den kan innfris. Svar med knappene når noe endrer seg.`,
    en: (p: { initiative: string }) => `A dependency of **${p.initiative}** is now red: it is unclear when it can be fulfilled. Answer with the buttons when something changes.`,
  },
  turnedRedText: {
    nb: (p: { description: string; initiative: string }) => `Avhengigheten «${p.description}» for ${p.initiative} er nå rød.`,
    en: (p: { description: string; initiative: string }) => `The dependency "${p.description}" of ${p.initiative} is now red.`,
  },
  reminderHeader: { nb: '⏰ Påminnelse: rød avhengighet', en: '⏰ Reminder: red dependency' },
  reminderGroupHeader: {
    nb: (p: { count: number }) => `⏰ Påminnelse: ${p.count} røde avhengigheter`,
    en: (p: { count: number }) => `⏰ Reminder: ${p.count} red dependencies`,
  },
  reminderIntro: {
    nb: 'Disse avhengighetene er fortsatt røde. Er det noe nytt? Svar med knappene, så slipper du flere påminnelser om dem når de ikke lenger er røde.',
    en: 'These dependencies are still red. Anything new? Answer with the buttons; once they are no longer red the reminders stop.',
  },
  reminderText: {
    nb: (p: { count: number }) => (p.count === 1 ? 'Påminnelse: 1 rød avhengighet venter på svar.' : `Påminnelse: ${p.count} røde avhengigheter venter på svar.`),
    en: (p: { count: number }) => (p.count === 1 ? 'Reminder: 1 red dependency awaits an answer.' : `Reminder: ${p.count} red dependencies await an answer.`),
  },
  escalationHeader: { nb: '🚨 Rød avhengighet over fristen', en: '🚨 Red dependency past its due date' },
  escalationIntro: {
    nb: (p: { due: string }) => `Fristen ${p.due} er passert, og avhengigheten er fortsatt rød. Sekretariatet bør følge den opp med eier og leverandør.`,
    en: (p: { due: string }) => `The due date ${p.due} has passed and the dependency is still red. The secretariat should follow it up with the owner and the provider.`,
  },
  escalationText: {
    nb: (p: { description: string; initiative: string }) => `Rød avhengighet over fristen: «${p.description}» for ${p.initiative}.`,
    en: (p: { description: string; initiative: string }) => `Red dependency past its due date: "${p.description}" of ${p.initiative}.`,
  },

  // One dependency in a message
  dependent: { nb: 'Tiltak', en: 'Initiative' },
  provider: { nb: 'Leverandør', en: 'Provider' },
  criticality: { nb: 'Kritikalitet', en: 'Criticality' },
  category: { nb: 'Kategori', en: 'Category' },
  redFor: { nb: 'Rød i', en: 'Red for' },
  // A dependency that turned red today: "Rød siden: i dag", never "Rød i: 0 dager".
  redSince: { nb: 'Rød siden', en: 'Red since' },
  today: { nb: 'i dag', en: 'today' },
  due: { nb: 'Frist', en: 'Due' },
  noDue: { nb: 'ingen frist', en: 'no due date' },
  unknownProvider: { nb: 'ukjent', en: 'unknown' },
  days: {
    nb: (p: { days: number; since: string }) => `${p.days} ${p.days === 1 ? 'dag' : 'dager'} (siden ${p.since})`,
    en: (p: { days: number; since: string }) => `${p.days} ${p.days === 1 ? 'day' : 'days'} (since ${p.since})`,
  },
  overdue: { nb: '⚠️ fristen er passert', en: '⚠️ past due' },
  snoozed: {
    nb: (p: { until: string }) => `💤 Dine påminnelser er satt på pause til ${p.until}.`,
    en: (p: { until: string }) => `💤 Your reminders are paused until ${p.until}.`,
  },
  // The latest "still red" of one side (owner, provider, secretariat), shown on every copy of the message.
  lastStillRed: {
    nb: (p: { who: string; role: string; when: string; note: string }) => `Fortsatt rød – bekreftet av ${p.who} (${p.role}) ${p.when}${p.note ? `: «${p.note}»` : ''}`,
    en: (p: { who: string; role: string; when: string; note: string }) => `Still red – confirmed by ${p.who} (${p.role}) on ${p.when}${p.note ? `: "${p.note}"` : ''}`,
  },
  nowStatus: {
    nb: (p: { status: string; who: string; when: string }) => `✅ Nå ${p.status} – registrert av ${p.who} ${p.when}.`,
    en: (p: { status: string; who: string; when: string }) => `✅ Now ${p.status} – recorded by ${p.who} on ${p.when}.`,
  },
  nowResolved: {
    nb: (p: { who: string; when: string }) => `✅ Løst – registrert av ${p.who} ${p.when}.`,
    en: (p: { who: string; when: string }) => `✅ Resolved – recorded by ${p.who} on ${p.when}.`,
  },
  someone: { nb: 'noen', en: 'someone' },

  // Buttons and the note form
  buttonStillRed: { nb: 'Fortsatt rød', en: 'Still red' },
  buttonYellow: { nb: 'Nå gul', en: 'Now yellow' },
  buttonGreen: { nb: 'Nå grønn', en: 'Now green' },
  buttonResolved: { nb: 'Løst', en: 'Resolved' },
  buttonSnooze: { nb: 'Påminn meg om … dager', en: 'Remind me in … days' },
  snoozeFormTitle: { nb: 'Påminn meg senere', en: 'Remind me later' },
  snoozeFormIntro: {
    nb: (p: { description: string }) => `Sett dine påminnelser om «${p.description}» på pause. Andre får sine påminnelser som før.`,
    en: (p: { description: string }) => `Pause your reminders about "${p.description}". Others keep getting theirs.`,
  },
  snoozeDaysLabel: { nb: 'Antall arbeidsdager (1–30)', en: 'Number of working days (1–30)' },
  snoozeDaysBad: { nb: 'Skriv et helt tall fra 1 til 30.', en: 'Enter a whole number from 1 to 30.' },
  snoozeDone: {
    nb: (p: { description: string; until: string }) => `Greit: du får neste påminnelse om «${p.description}» ${p.until}.`,
    en: (p: { description: string; until: string }) => `Done: your next reminder about "${p.description}" comes on ${p.until}.`,
  },
  otherSideChanged: {
    nb: (p: { who: string; role: string; description: string; initiative: string; status: string }) => `ℹ️ ${p.who} (${p.role}) har satt avhengigheten «${p.description}» for ${p.initiative} til **${p.status}**.`,
    en: (p: { who: string; role: string; description: string; initiative: string; status: string }) => `ℹ️ ${p.who} (${p.role}) set the dependency "${p.description}" of ${p.initiative} to **${p.status}**.`,
  },
  roleProvider: { nb: 'leverandør', en: 'provider' },
  roleOwner: { nb: 'tiltakseier', en: 'initiative owner' },
  roleSecretariat: { nb: 'sekretariatet', en: 'secretariat' },
  roleContact: { nb: 'porteføljekontakt', en: 'portfolio contact' },
  statusResolved: { nb: 'løst', en: 'resolved' },
  formTitle: { nb: 'Fortsatt rød', en: 'Still red' },
  formSubmit: { nb: 'Lagre', en: 'Save' },
  formCancel: { nb: 'Avbryt', en: 'Cancel' },
  formIntro: {
    nb: (p: { description: string }) => `«${p.description}» er fortsatt rød. Vil du legge til et notat (hva som mangler, hvem som venter)?`,
    en: (p: { description: string }) => `"${p.description}" is still red. Add a note (what is missing, who is waiting)?`,
  },
  noteLabel: { nb: 'Notat (valgfritt)', en: 'Note (optional)' },
  noteTooLong: { nb: 'Notatet kan være høyst 500 tegn.', en: 'The note can be at most 500 characters.' },
  stillRedDone: {
    nb: (p: { description: string }) => `Registrert: «${p.description}» er fortsatt rød.`,
    en: (p: { description: string }) => `Recorded: "${p.description}" is still red.`,
  },
  alreadyResolved: {
    nb: (p: { description: string }) => `«${p.description}» er allerede markert som løst.`,
    en: (p: { description: string }) => `"${p.description}" is already marked as resolved.`,
  },
  notRedAnyMore: {
    nb: (p: { description: string }) => `«${p.description}» er ikke lenger rød, så det er ingenting å bekrefte.`,
    en: (p: { description: string }) => `"${p.description}" is no longer red, so there is nothing to confirm.`,
  },

  // Entering dependencies: the list after a report, and the dependency form
  depsTitle: { nb: 'Avhengigheter', en: 'Dependencies' },
  depsNone: { nb: 'Ingen avhengigheter er registrert.', en: 'No dependencies are recorded.' },
  depsIntro: { nb: 'Gå gjennom avhengighetene: endre status, kritikalitet eller frist, marker som løst, eller legg til nye.', en: 'Review the dependencies: change status, criticality or due date, mark resolved, or add new ones.' },
  depAdd: { nb: 'Legg til avhengighet', en: 'Add dependency' },
  depEdit: { nb: 'Endre', en: 'Change' },
  depFormTitle: { nb: 'Avhengighet', en: 'Dependency' },
  depDescription: { nb: 'Beskrivelse', en: 'Description' },
  depCategory: { nb: 'Kategori', en: 'Category' },
  depProvider: { nb: 'Finn leverandøren i rosteret (tiltak, organisasjon eller person)', en: 'Find the provider in the roster (initiative, organisation or person)' },
  depProviderSearch: { nb: 'Søk i rosteret', en: 'Search the roster' },
  depProviderText: { nb: 'Leverandør utenfor rosteret (fritekst)', en: 'Provider outside the roster (free text)' },
  depProviderTextHint: {
    nb: 'Bare når leverandøren ikke finnes i søket over. Ikke i rosteret: ingen blir varslet.',
    en: 'Only when the provider cannot be found above. Not in the roster: nobody will be notified.',
  },
  errProviderBoth: { nb: 'Velg leverandøren i søket eller skriv den her, ikke begge.', en: 'Pick the provider in the search or type it here, not both.' },
  errProviderGone: { nb: 'Finner ikke denne leverandøren i rosteret lenger. Søk på nytt.', en: 'This provider is no longer in the roster. Search again.' },
  depSavedFreeText: {
    nb: (p: { provider: string }) => `Leverandøren «${p.provider}» er ikke i rosteret: ingen blir varslet.`,
    en: (p: { provider: string }) => `The provider "${p.provider}" is not in the roster: nobody will be notified.`,
  },
  depSavedProviderTold: {
    nb: (p: { count: number }) => `Den nye leverandøren er varslet (${p.count} ${p.count === 1 ? 'person' : 'personer'}).`,
    en: (p: { count: number }) => `The new provider is told (${p.count} ${p.count === 1 ? 'person' : 'people'}).`,
  },
  depSavedProviderNobody: {
    nb: 'Den nye leverandøren har ingen kontaktperson i rosteret, så ingen er varslet.',
    en: 'The new provider has no contact person in the roster, so nobody is told.',
  },
  depCriticality: { nb: 'Kritikalitet', en: 'Criticality' },
  depStatus: { nb: 'Status', en: 'Status' },
  depDue: { nb: 'Frist', en: 'Due date' },
  depResolved: { nb: 'Løst?', en: 'Resolved?' },
  depOpen: { nb: 'Åpen', en: 'Open' },
  depIsResolved: { nb: 'Løst', en: 'Resolved' },
  depSaved: { nb: 'Avhengigheten er lagret.', en: 'The dependency is saved.' },
  depMore: { nb: (p: { n: number }) => `… og ${p.n} til.`, en: (p: { n: number }) => `… and ${p.n} more.` },
  dueInline: { nb: 'frist', en: 'due' },
  errRequired: { nb: 'Fyll ut dette feltet.', en: 'Please fill in this field.' },
  errChoice: { nb: 'Velg et av alternativene.', en: 'Choose one of the options.' },
  errDate: { nb: 'Skriv en dato som ÅÅÅÅ-MM-DD.', en: 'Enter a date as YYYY-MM-DD.' },
  errPastDue: { nb: 'Fristen har passert. En åpen avhengighet trenger en frist fram i tid.', en: 'The due date has passed. An open dependency needs a due date in the future.' },
  errTooLong: { nb: (p: { max: number }) => `Høyst ${p.max} tegn.`, en: (p: { max: number }) => `At most ${p.max} characters.` },

  // Status and criticality labels
  ragRed: { nb: 'rød', en: 'red' },
  ragYellow: { nb: 'gul', en: 'yellow' },
  ragGreen: { nb: 'grønn', en: 'green' },
  critHigh: { nb: 'høy', en: 'high' },
  critMedium: { nb: 'middels', en: 'medium' },
  critLow: { nb: 'lav', en: 'low' },
  cat_national_solutions: { nb: 'nasjonale løsninger og felleskomponenter', en: 'national solutions and common components' },
  cat_ehr_vendors: { nb: 'EPJ-leverandører', en: 'EHR vendors' },
  cat_funding: { nb: 'finansiering', en: 'funding' },
  cat_regulation: { nb: 'regelverk', en: 'regulation' },
  cat_other_initiative: { nb: 'annet tiltak', en: 'another initiative' },
  cat_organisation: { nb: 'organisasjon', en: 'organisation' },
  cat_other: { nb: 'annet', en: 'other' },

  // The list command
  listSummary: {
    nb: 'Sekretariatet: alle røde avhengigheter i porteføljen, med alder (filter: kritikalitet, kategori, leverandør)',
    en: 'Secretariat: all red dependencies across the portfolio, with age (filter: criticality, category, provider)',
  },
  listUsage: { nb: 'avhengigheter røde [høy|middels|lav] [kategori] [leverandør]', en: 'dependencies red [high|medium|low] [category] [provider]' },
  listHeader: {
    nb: (p: { count: number }) => `🔴 Røde avhengigheter i porteføljen (${p.count})`,
    en: (p: { count: number }) => `🔴 Red dependencies across the portfolio (${p.count})`,
  },
  listFilters: { nb: (p: { filters: string }) => `Filter: ${p.filters}`, en: (p: { filters: string }) => `Filter: ${p.filters}` },
  listEmpty: { nb: 'Ingen røde avhengigheter passer.', en: 'No red dependencies match.' },
  listLine: {
    nb: (p: { initiative: string; description: string; provider: string; crit: string; category: string; age: string; due: string | null }) =>
      `• **${p.initiative}**: ${p.description} – leverandør ${p.provider} · ${p.crit} · ${p.category} · ${p.age} · ${p.due ? `frist ${p.due}` : 'ingen frist'}`,
    en: (p: { initiative: string; description: string; provider: string; crit: string; category: string; age: string; due: string | null }) =>
      `• **${p.initiative}**: ${p.description} – provider ${p.provider} · ${p.crit} · ${p.category} · ${p.age} · ${p.due ? `due ${p.due}` : 'no due date'}`,
  },
  listUsageHint: {
    nb: 'Skriv «avhengigheter røde», eventuelt med kritikalitet (høy, middels, lav), kategori (f.eks. finansiering, regelverk) og leverandør.',
    en: 'Type "dependencies red", optionally with a criticality (high, medium, low), a category (e.g. funding, regulation) and a provider.',
  },

  // The agenda section
  agendaHeading: {
    nb: '**Røde avhengigheter med høy kritikalitet**',
    en: '**Red dependencies of high criticality**',
  },
  agendaNone: { nb: 'Ingen røde avhengigheter med høy kritikalitet nå.', en: 'No red dependencies of high criticality at present.' },
  agendaLine: {
    nb: (p: { initiative: string; description: string; provider: string; age: string; due: string | null }) =>
      `• **${p.initiative}**: ${p.description} (leverandør ${p.provider}; ${p.age}; ${p.due ? `frist ${p.due}` : 'ingen frist'})`,
    en: (p: { initiative: string; description: string; provider: string; age: string; due: string | null }) =>
      `• **${p.initiative}**: ${p.description} (provider ${p.provider}; ${p.age}; ${p.due ? `due ${p.due}` : 'no due date'})`,
  },
  // How long it has been red, inside a list or agenda line.
  redAge: {
    nb: (p: { days: number }) => (p.days === 0 ? 'rød siden i dag' : `rød i ${p.days} ${p.days === 1 ? 'dag' : 'dager'}`),
    en: (p: { days: number }) => (p.days === 0 ? 'red since today' : `red for ${p.days} ${p.days === 1 ? 'day' : 'days'}`),
  },
});
