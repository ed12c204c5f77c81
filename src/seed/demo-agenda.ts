import type { ItemType } from '../generated/prisma/enums.js';

/** A case the demo puts on an agenda. `{C}` in the texts becomes the committee's key. */
export interface DemoTopic {
  title: string;
  type: ItemType;
  /** Roster key of the presenter. */
  presenter: string;
  minutes: number;
  proposed: string;
  decided: string;
  followUp?: { owner: string; description: string; dueInDays: number };
}

/** The cases NUIT treats over the demo year, in the order they come up. */
export const NUIT_TOPICS: readonly DemoTopic[] = [
  {
    title: 'Langsiktig finansiering av Legemiddelprogrammet',
    type: 'discussion',
    presenter: 'lars-hovde',
    minutes: 30,
    proposed: '{C} drøfter finansieringsmodellen og gir innspill til videre arbeid.',
    decided: '{C} støtter at finansieringsmodellen utredes videre og ber Direktoratet for e-helse legge fram et forslag til neste møte.',
    followUp: { owner: 'lars-hovde', description: 'Legge fram forslag til finansieringsmodell for Legemiddelprogrammet', dueInDays: 75 },
  },
  {
    title: 'Digital hjemmeoppfølging – anbefalte nasjonale tiltak for datadeling',
    type: 'information',
    presenter: 'maja-kvam',
    minutes: 20,
    proposed: '{C} tar saken til orientering.',
    decided: '{C} tar saken til orientering og ber om at avhengigheten til løsning for datadeling følges opp i porteføljen.',
  },
  {
    title: 'Strategi for digital sikkerhet – innspill til tiltaksoversikten',
    type: 'discussion',
    presenter: 'anders-moe',
    minutes: 40,
    proposed: '{C} gir innspill til tiltaksoversikten i strategien.',
    decided: '{C} ber Direktoratet for e-helse ta med seg innspillene fra møtet i det videre arbeidet med strategien.',
  },
  {
    title: 'Forvaltningskostnader for nasjonale e-helseløsninger neste år',
    type: 'decision',
    presenter: 'thomas-kro',
    minutes: 30,
    proposed: '{C} slutter seg til anbefalt fordeling av økte forvaltningskostnader.',
    decided: '{C} slutter seg til anbefalt fordeling, med unntak av kostnader for Helsenorge som behandles på nytt i neste møte.',
  },
  {
    title: 'Dokumentdeling gjennom kjernejournal – status og videre plan',
    type: 'information',
    presenter: 'knut-foss',
    minutes: 15,
    proposed: '{C} tar saken til orientering.',
    decided: '{C} tar saken til orientering.',
  },
  {
    title: 'SMART on FHIR i helsesektoren – anbefaling om bruk',
    type: 'endorsement',
    presenter: 'anders-moe',
    minutes: 25,
    proposed: '{C} gir sin tilslutning til anbefalingen om bruk av SMART on FHIR.',
    decided: '{C} gir sin tilslutning til anbefalingen, og ber om at forvaltningsmodell og ansvar avklares før bred innføring.',
  },
  {
    title: 'Tiltak for neste år – anbefalt tiltaksliste til departementet',
    type: 'endorsement',
    presenter: 'karin-vold',
    minutes: 30,
    proposed: '{C} gir sin tilslutning til tiltakslisten.',
    decided: '{C} gir sin tilslutning til tiltakslisten med de endringene som kom fram i møtet.',
  },
  {
    title: 'Veikart for nasjonal e-helsestrategi',
    type: 'information',
    presenter: 'sara-lunde',
    minutes: 15,
    proposed: '{C} tar saken til orientering.',
    decided: '{C} tar saken til orientering.',
  },
  {
    title: 'Plan for internasjonale standarder',
    type: 'discussion',
    presenter: 'anders-moe',
    minutes: 25,
    proposed: '{C} gir innspill til planen og den videre prosessen.',
    decided: '{C} ber Direktoratet for e-helse ta med innspillene i det videre arbeidet med planen.',
  },
];

/** The cases NUFA treats over the demo year. */
export const NUFA_TOPICS: readonly DemoTopic[] = [
  {
    title: 'Strategi for informasjonssikkerhet i helse- og omsorgstjenesten',
    type: 'discussion',
    presenter: 'anders-moe',
    minutes: 45,
    proposed: '{C} drøfter innretningen av strategien og gir faglige innspill.',
    decided: '{C} støtter innretningen og ber om at innspillene om kompetanse i kommunene tas med videre.',
  },
  {
    title: 'Revidering av plan for felles grunnmur',
    type: 'discussion',
    presenter: 'lise-strand',
    minutes: 30,
    proposed: '{C} gir innspill til revidert plan for felles grunnmur.',
    decided: '{C} ber Direktoratet for e-helse ta med seg innspillene i det videre arbeidet med planen.',
    followUp: { owner: 'marius-dahl', description: 'Sende revidert plan for felles grunnmur til medlemmene', dueInDays: 40 },
  },
  {
    title: 'Utredning av infrastruktur for datadeling i digital hjemmeoppfølging',
    type: 'discussion',
    presenter: 'maja-kvam',
    minutes: 30,
    proposed: '{C} drøfter anbefalingene i utredningen.',
    decided: '{C} støtter anbefalingene og ber om at saken legges fram for NUIT.',
  },
  {
    title: 'Veikart for nasjonale e-helseløsninger',
    type: 'information',
    presenter: 'sara-lunde',
    minutes: 20,
    proposed: '{C} tar saken til orientering.',
    decided: '{C} tar saken til orientering.',
  },
  {
    title: 'Strategisk analyse – utviklingstrekk',
    type: 'endorsement',
    presenter: 'henrik-aas',
    minutes: 20,
    proposed: '{C} gir sin tilslutning til de faglige vurderingene i analysen.',
    decided: '{C} gir sin tilslutning til de faglige vurderingene i analysen.',
  },
  {
    title: 'Roller og ansvar for internasjonale standarder',
    type: 'discussion',
    presenter: 'anders-moe',
    minutes: 30,
    proposed: '{C} drøfter forslaget til rollefordeling.',
    decided: '{C} støtter forslaget til rollefordeling med de presiseringene som kom fram i møtet.',
  },
  {
    title: 'Velferdsteknologiprogrammet – videre innretning',
    type: 'discussion',
    presenter: 'lise-strand',
    minutes: 30,
    proposed: '{C} gir innspill til videre innretning av programmet.',
    decided: '{C} ber Helsedirektoratet ta med innspillene i planleggingen av neste programperiode.',
  },
  {
    title: 'Arkitekturprinsipper for deling av helseopplysninger',
    type: 'endorsement',
    presenter: 'thomas-kro',
    minutes: 25,
    proposed: '{C} gir sin tilslutning til arkitekturprinsippene.',
    decided: '{C} gir sin tilslutning til arkitekturprinsippene.',
  },
];

/** The portfolio case NUIT treats after each reporting round. */
export const PORTFOLIO_TOPIC: DemoTopic = {
  title: 'Nasjonal e-helseportefølje – status etter rapporteringsrunden',
  type: 'discussion',
  presenter: 'sara-lunde',
  minutes: 30,
  proposed: '{C} tar statusrapporten til orientering og drøfter utfordringene som er løftet fram.',
  decided: '{C} tar statusrapporten til orientering og ber Direktoratet for e-helse følge opp de røde avhengighetene med tiltakseierne.',
  followUp: { owner: 'sara-lunde', description: 'Følge opp røde avhengigheter med høy kritikalitet med tiltakseierne', dueInDays: 60 },
};

/** The information case every meeting has from the directorate. */
export const DIRECTORATE_TOPIC: DemoTopic = {
  title: 'Orientering fra Direktoratet for e-helse',
  type: 'information',
  presenter: 'karin-vold',
  minutes: 15,
  proposed: '{C} tar sakene til orientering.',
  decided: '{C} tar sakene til orientering.',
};
