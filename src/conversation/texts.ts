import { defineTexts } from '../i18n/text.js';

export const conversationTexts = defineTexts({
  notInRoster: {
    nb: 'Jeg finner deg ikke i medlemslisten til Saksgang. Be sekretariatet legge deg til, så kan du bruke denne funksjonen.',
    en: 'I cannot find you in the Saksgang roster. Ask the secretariat to add you, and you can use this.',
  },
  unknownCommand: {
    nb: (p: { command: string }) => `Jeg kjenner ikke kommandoen «${p.command}». Skriv «hjelp» for å se hva jeg kan.`,
    en: (p: { command: string }) => `I do not know the command "${p.command}". Type "help" to see what I can do.`,
  },
  unknownAction: {
    nb: 'Denne knappen virker ikke lenger. Be om en ny melding med kommandoen på nytt.',
    en: 'This button no longer works. Ask for a new message by running the command again.',
  },
  somethingWentWrong: {
    nb: 'Noe gikk galt hos oss. Ingenting du skrev er tapt; prøv igjen om litt. Vedvarer feilen, si fra til sekretariatet.',
    en: 'Something went wrong on our side. Nothing you typed is lost; please try again shortly. If it persists, tell the secretariat.',
  },
  forbidden: {
    nb: 'Du har ikke tilgang til dette.',
    en: 'You do not have access to this.',
  },
  notFound: {
    nb: 'Jeg fant ikke det du spurte etter.',
    en: 'I could not find what you asked for.',
  },
  working: {
    nb: '⏳ Jeg jobber med saken og svarer deg her straks.',
    en: '⏳ Working on it; I will answer here shortly.',
  },
  close: { nb: 'Lukk', en: 'Close' },
  confirmCancelled: { nb: 'Avbrutt. Ingenting er endret.', en: 'Cancelled. Nothing has changed.' },
  buttonFormTooSlow: {
    nb: 'Skjemaet tok for lang tid å åpne. Trykk på knappen en gang til, så åpner det seg med en gang.',
    en: 'The form took too long to open. Press the button again and it will open at once.',
  },
  backToForm: {
    nb: 'Lukk denne visningen for å komme tilbake til skjemaet; det du skrev, står der fortsatt.',
    en: 'Close this view to get back to the form; what you typed is still there.',
  },
  formTooSlow: {
    nb: 'Skjemaet tok for lang tid å åpne. Kjør kommandoen en gang til, så åpner det seg med en gang.',
    en: 'The form took too long to open. Run the command again and it will open at once.',
  },
  alreadyBeingHandled: {
    nb: 'Dette skjemaet er allerede sendt og blir behandlet nå. Du får svar straks; send det ikke en gang til.',
    en: 'This form has already been sent and is being handled now. You will get the answer shortly; do not send it again.',
  },
  fixFields: {
    nb: 'Noen felt må rettes. Det du skrev er tatt vare på.',
    en: 'Some fields need fixing. What you typed has been kept.',
  },
});
