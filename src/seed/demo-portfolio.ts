import type { Criticality, DependencyCategory, Rag } from '../generated/prisma/enums.js';

/** One initiative's report in the demo's latest round, and how it stood the round before. */
export interface DemoReport {
  initiative: string;
  overall: Rag;
  risk: Rag | null;
  narrative: string;
  budgetMnok?: string;
  costsMnok?: string;
  opexChangeMnok?: string;
  previous: { overall: Rag; risk: Rag | null } | null;
}

/** Initiatives that are paused do not report; new ones have no previous report. */
export const DEMO_REPORTS: readonly DemoReport[] = [
  {
    initiative: 'epj-loftet',
    overall: 'red',
    risk: 'yellow',
    narrative:
      'Fortsatt rød status. Lav ressurskapasitet, kritiske avhengigheter til nasjonale prosjekter og mange henvendelser om støtte og koordinering gjør at planlagte leveranser skyves.',
    budgetMnok: '38.0',
    costsMnok: '21.4',
    opexChangeMnok: '2.5',
    previous: { overall: 'red', risk: 'yellow' },
  },
  {
    initiative: 'helseplattformen',
    overall: 'yellow',
    risk: 'yellow',
    narrative: 'Innføringen fortsetter etter plan i flere kommuner. Løsning for e-multidose og pasientens legemiddelliste er fortsatt ikke avklart.',
    budgetMnok: '310.0',
    costsMnok: '164.2',
    opexChangeMnok: '4.0',
    previous: { overall: 'yellow', risk: 'yellow' },
  },
  {
    initiative: 'heliks',
    overall: 'yellow',
    risk: 'green',
    narrative: 'Utprøvingen av pasientens legemiddelliste venter på nødvendige forbedringer og feilrettinger i forskrivningsmodulen.',
    budgetMnok: '52.0',
    costsMnok: '30.8',
    opexChangeMnok: '1.2',
    previous: { overall: 'green', risk: 'green' },
  },
  {
    initiative: 'dho-spredning',
    overall: 'yellow',
    risk: 'yellow',
    narrative: 'Spredningen går som planlagt i kommunene, men tre avhengigheter med høy kritikalitet er uavklarte.',
    previous: { overall: 'yellow', risk: 'green' },
  },
  {
    initiative: 'behandlingsplaner',
    overall: 'yellow',
    risk: 'red',
    narrative: 'Løsningen prøves ut i fire kommuner, men kan ikke breddes ennå. Lagring av planene og videre finansiering må avklares.',
    previous: { overall: 'yellow', risk: 'yellow' },
  },
  {
    initiative: 'pll',
    overall: 'green',
    risk: 'yellow',
    narrative: 'Utprøvingen er utvidet til flere fastlegekontorer. Leverandørenes tempo er den største usikkerheten.',
    budgetMnok: '95.0',
    costsMnok: '48.1',
    opexChangeMnok: '6.0',
    previous: { overall: 'green', risk: 'yellow' },
  },
  {
    initiative: 'dokumentdeling',
    overall: 'green',
    risk: 'green',
    narrative: 'Helsepersonell med tilgang til kjernejournal ser nå en liste over pasientens journaldokumenter. Utprøving med tillitsrammeverk er planlagt.',
    budgetMnok: '41.0',
    costsMnok: '19.9',
    opexChangeMnok: '3.1',
    previous: { overall: 'green', risk: 'yellow' },
  },
  {
    initiative: 'sysvak',
    overall: 'green',
    risk: 'green',
    narrative: 'Avsluttes som prosjekt og følges videre opp i Digitalt økosystem for nasjonal smittevernberedskap.',
    previous: { overall: 'green', risk: 'green' },
  },
  {
    initiative: 'infeksjonsregister',
    overall: 'green',
    risk: 'green',
    narrative: 'Avsluttes som prosjekt og følges videre opp i Digitalt økosystem for nasjonal smittevernberedskap.',
    previous: { overall: 'yellow', risk: 'green' },
  },
  {
    initiative: 'stralebruk',
    overall: 'green',
    risk: null,
    narrative: 'Systemet for overvåking av medisinsk strålebruk er i drift, og rapporteringen skjer automatisk.',
    previous: { overall: 'green', risk: null },
  },
  {
    initiative: 'grunnlagsdata-kvalitetsregistre',
    overall: 'green',
    risk: null,
    narrative: 'Prosjektperioden er over. Overføring av data til kvalitetsregistrene videreføres som driftsoppgave.',
    previous: { overall: 'green', risk: null },
  },
  {
    initiative: 'felles-kommunal-journal',
    overall: 'green',
    risk: 'green',
    narrative: 'Selskapet er avviklet. Anbefalingene om videre arbeid er overlevert til KS.',
    budgetMnok: '12.0',
    costsMnok: '11.6',
    previous: { overall: 'yellow', risk: 'yellow' },
  },
  {
    initiative: 'smittevern-okosystem',
    overall: 'green',
    risk: 'yellow',
    narrative: 'Nytt tiltak som samler prosjektene på smittevernfeltet ved Folkehelseinstituttet.',
    previous: null,
  },
  {
    initiative: 'legemiddelbruk-data',
    overall: 'green',
    risk: null,
    narrative: 'Nytt tiltak for sekundærbruk av legemiddeldata. Forprosjektet er i gang.',
    previous: null,
  },
  {
    initiative: 'helseregistre-fhi',
    overall: 'green',
    risk: 'green',
    narrative: 'Nytt tiltak for modernisering av helseregistrene ved Folkehelseinstituttet.',
    previous: null,
  },
  {
    initiative: 'legemiddelhandtering-kommune',
    overall: 'yellow',
    risk: 'yellow',
    narrative: 'Fase 2 er startet. Felles behov for digital legemiddelhåndtering i kommunene beskrives sammen med leverandørene.',
    previous: null,
  },
];

export interface DemoDependency {
  initiative: string;
  description: string;
  category: DependencyCategory;
  providerOrganisation?: string;
  providerInitiative?: string;
  providerText?: string;
  criticality: Criticality;
  status: Rag;
  /** Days after the latest round's cut-off. */
  dueInDays?: number;
  /** Red since the previous round (an older red) or the latest one. */
  redSince?: 'previous' | 'latest';
}

export const DEMO_DEPENDENCIES: readonly DemoDependency[] = [
  {
    initiative: 'helseplattformen',
    description: 'Enighet om løsning for e-multidose og pasientens legemiddelliste',
    category: 'national_solutions',
    providerOrganisation: 'nhn',
    providerText: 'Norsk helsenett og Direktoratet for e-helse',
    criticality: 'high',
    status: 'red',
    redSince: 'previous',
  },
  {
    initiative: 'heliks',
    description: 'Forskrivningsmodulen versjon 4.12 med nødvendige funksjonsforbedringer og feilrettinger',
    category: 'national_solutions',
    providerOrganisation: 'nhn',
    criticality: 'high',
    status: 'red',
    dueInDays: 62,
    redSince: 'latest',
  },
  {
    initiative: 'dho-spredning',
    description: 'Løsning for datadeling mellom hjemmeoppfølging og journal',
    category: 'national_solutions',
    providerOrganisation: 'ehelse',
    criticality: 'high',
    status: 'red',
    redSince: 'previous',
  },
  {
    initiative: 'dho-spredning',
    description: 'Digitale behandlings- og egenbehandlingsplaner',
    category: 'other_initiative',
    providerInitiative: 'behandlingsplaner',
    criticality: 'high',
    status: 'red',
    redSince: 'latest',
  },
  {
    initiative: 'dho-spredning',
    description: 'Forutsigbarhet for gjennomføring av komplekse samhandlingsprosjekter på tvers av nivåer og aktører',
    category: 'funding',
    providerText: 'Helseteknologiordningen',
    criticality: 'high',
    status: 'red',
    redSince: 'latest',
  },
  {
    initiative: 'epj-loftet',
    description: 'Avklart finansiering av arbeidet etter inneværende år',
    category: 'funding',
    providerOrganisation: 'hod',
    criticality: 'medium',
    status: 'red',
    dueInDays: 90,
    redSince: 'previous',
  },
  {
    initiative: 'behandlingsplaner',
    description: 'Juridisk avklaring av hvor behandlingsplaner skal lagres',
    category: 'regulation',
    providerOrganisation: 'hod',
    criticality: 'medium',
    status: 'red',
    redSince: 'latest',
  },
  {
    initiative: 'epj-loftet',
    description: 'Kapasitet i Legemiddelprogrammet til felles leveranser',
    category: 'other_initiative',
    providerInitiative: 'pll',
    criticality: 'high',
    status: 'yellow',
  },
  {
    initiative: 'pll',
    description: 'EPJ-leverandørenes innføring av ny forskrivningsfunksjonalitet',
    category: 'ehr_vendors',
    providerText: 'EPJ-leverandørene',
    criticality: 'high',
    status: 'yellow',
    dueInDays: 120,
  },
  {
    initiative: 'dokumentdeling',
    description: 'Tillitsrammeverk for deling av journaldokumenter',
    category: 'national_solutions',
    providerOrganisation: 'ehelse',
    criticality: 'medium',
    status: 'yellow',
    dueInDays: 45,
  },
  {
    initiative: 'legemiddelhandtering-kommune',
    description: 'Leverandørenes støtte for multidose i kommunale journalsystemer',
    category: 'ehr_vendors',
    providerText: 'Leverandører av kommunale journalsystemer',
    criticality: 'medium',
    status: 'yellow',
  },
  {
    initiative: 'smittevern-okosystem',
    description: 'Grunndataløsning for virksomheter og personell i drift',
    category: 'national_solutions',
    providerOrganisation: 'nhn',
    criticality: 'medium',
    status: 'green',
  },
  {
    initiative: 'helseregistre-fhi',
    description: 'Forskriftsendring for elektronisk innsamling til registrene',
    category: 'regulation',
    providerOrganisation: 'hod',
    criticality: 'low',
    status: 'green',
    dueInDays: 180,
  },
  {
    initiative: 'heliks',
    description: 'Kjernejournal-API for pasientens legemiddelliste',
    category: 'national_solutions',
    providerInitiative: 'dokumentdeling',
    criticality: 'medium',
    status: 'green',
  },
];
