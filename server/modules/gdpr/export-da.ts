/**
 * Danish labels for the data-subject export (a document for the person, so Danish). Kept beside the
 * renderer because the export is server-rendered; the web app's catalogues live in web/src/i18n.
 */
export const DA = {
  title: 'Dine oplysninger i Jobbro',
  intro: 'Dette dokument indeholder alle de oplysninger, vi har registreret om dig i programmet, og en oversigt over, hvornår de er blevet brugt. Medarbejdernes navne er udeladt; du kan se deres rolle.',
  generated: 'Udskrevet',
  programme: 'Program',
  sections: {
    person: 'Personoplysninger', journey: 'Forløb', talks: 'Samtaler', consents: 'Samtykker', guardians: 'Forældre og værger',
    notices: 'Orientering af forældre om job', placements: 'Job og praktik', shifts: 'Timer', activities: 'Aktiviteter', audit: 'Hvornår dine oplysninger er brugt',
  },
  fields: {
    name: 'Navn', kind: 'Deltager', birthDate: 'Fødselsdato', cpr: 'CPR-nummer', cprReason: 'Formål med CPR-nummer', site: 'Boligområde',
    email: 'E-mail', phone: 'Telefon', address: 'Adresse', school: 'Skole', educationStatus: 'Uddannelse',
    compulsorySchool: 'Undervisningspligtig', compulsorySchoolEndsOn: 'Undervisningspligt slutter', interests: 'Interesser',
    skills: 'Færdigheder', languages: 'Sprog', availability: 'Tilgængelighed', travel: 'Transport', goals: 'Mål',
    benefitType: 'Ydelse', maxWeeklyHours: 'Højst timer om ugen', flexJobApproved: 'Godkendt til fleksjob',
    readinessNotes: 'Noter om parathed', priority: 'Særlig prioritet', status: 'Status', step: 'Trin', track: 'Spor',
    anonymisedAt: 'Anonymiseret', date: 'Dato', change: 'Ændring', reason: 'Begrundelse', age: 'Alder',
    kindOfTalk: 'Slags', summary: 'Resumé', nextSteps: 'Aftalte næste skridt', due: 'Frist', done: 'Udført',
    purpose: 'Formål', scope: 'Hvem må se hvad', givenOn: 'Givet', givenBy: 'Givet af', method: 'Hvordan', revokedAt: 'Trukket tilbage',
    relation: 'Relation', job: 'Job', hours: 'Arbejdstid', risks: 'Risici', precautions: 'Forholdsregler', informedOn: 'Orienteret', cosignedOn: 'Medunderskrevet',
    action: 'Handling', role: 'Rolle', what: 'Hvad',
    time: 'Tid', breakMinutes: 'Pause (minutter)', recordedBy: 'Registreret af', title: 'Titel', place: 'Sted', attended: 'Fremmøder',
  },
  shiftStatuses: { submitted: 'Venter på godkendelse', approved: 'Godkendt', rejected: 'Afvist' } as Record<string, string>,
  recorders: { employer: 'Arbejdsgiver', mentor: 'Mentor', coordinator: 'Koordinator', participant: 'Dig selv' } as Record<string, string>,
  correction: 'Rettelse',
  activityKinds: {
    professional_course: 'Fagligt forløb', interview_training: 'Træning i jobsamtaler', craftsman_cafe: 'Håndværkercafé',
    information_meeting: 'Informationsmøde', training_track: 'Uddannelsesforløb',
  } as Record<string, string>,
  activityStatuses: { invited: 'Inviteret', registered: 'Tilmeldt', declined: 'Takket nej', cancelled: 'Afmeldt' } as Record<string, string>,
  yes: 'Ja',
  no: 'Nej',
  none: '–',
  kinds: { youth: 'Ung (Jobplaneten)', adult: 'Voksen (Jobløft)' } as Record<string, string>,
  tracks: { job: 'Job', apprenticeship_internship: 'Læreplads/praktik', flex_job: 'Fleksjob', few_hours_job: 'Job med få timer', training: 'Uddannelsesforløb' } as Record<string, string>,
  statuses: { active: 'Aktiv', paused: 'På pause', completed: 'Afsluttet', withdrawn: 'Udmeldt' } as Record<string, string>,
  talkKinds: { intake: 'Indledende samtale', follow_up: 'Opfølgning', employer: 'Med arbejdsgiver', school: 'Med skole' } as Record<string, string>,
  purposes: {
    data_processing: 'Behandling af oplysninger', share_employer: 'Deling med arbejdsgiver', share_job_centre: 'Deling med jobcenter',
    photos: 'Billeder', evaluation: 'Evaluering',
  } as Record<string, string>,
  methods: { paper: 'På papir', portal: 'I portalen', verbal: 'Mundtligt' } as Record<string, string>,
  givers: { participant: 'Dig selv', guardian: 'Forælder/værge' } as Record<string, string>,
  actions: {
    read: 'Læst', search: 'Søgning', create: 'Oprettet', update: 'Ændret', delete: 'Slettet/anonymiseret', export: 'Udskrevet',
    login: 'Logget ind', login_failed: 'Mislykket login', logout: 'Logget ud',
  } as Record<string, string>,
  roles: {
    administrator: 'Administrator', coordinator: 'Koordinator', caseworker: 'Sagsbehandler (jobcenter)', employer_contact: 'Arbejdsgiver',
    mentor: 'Mentor', participant: 'Deltager', guardian: 'Forælder/værge', evaluator: 'Evaluator', funder: 'Bevillingsgiver',
    platform_admin: 'Systemadministrator',
  } as Record<string, string>,
  system: 'Systemet',
  placement: {
    opening: 'Stilling', company: 'Virksomhed', status: 'Status', proposedAt: 'Foreslået', acceptedAt: 'Du sagde ja', matchReasons: 'Hvorfor du blev foreslået',
    period: 'Periode', hours: 'Timer om ugen', schedule: 'Arbejdstider', wage: 'Timeløn', payer: 'Lønnen betales af', mentor: 'Mentor',
    agreedAt: 'Aftale bekræftet', activatedAt: 'Startet', endedOn: 'Afsluttet', endReason: 'Årsag til afslutning', declineReason: 'Årsag til afslag',
    declinedBy: 'Afslået af', outcome: 'Resultat', history: 'Forløbets historik', followUps: 'Opfølgninger', mentorHours: 'Mentortimer',
    supportRequests: 'Henvendelser fra arbejdsgiveren', notes: 'Noter', resolution: 'Løsning', due: 'Frist', cancelled: 'Aflyst',
    noAgreement: 'Ingen aftale endnu',
  },
  placementStatuses: {
    proposed: 'Foreslået', interview: 'Samtale', offered: 'Tilbudt', agreed: 'Aftalt', active: 'I gang', completed: 'Gennemført',
    ended_early: 'Stoppet før tid', declined: 'Afslået',
  } as Record<string, string>,
  parties: {
    participant: 'Dig selv', guardian: 'Forælder/værge', employer: 'Arbejdsgiver', mentor: 'Mentor', coordinator: 'Koordinator', system: 'Systemet',
  } as Record<string, string>,
  payers: { company: 'Arbejdsgiveren', project_funds: 'Projektets midler', municipality: 'Kommunen', job_centre: 'Jobcentret' } as Record<string, string>,
  requestCategories: {
    attendance: 'Fremmøde', conduct: 'Opførsel', skills: 'Færdigheder', conflict: 'Konflikt', safety: 'Sikkerhed', other: 'Andet',
  } as Record<string, string>,
  requestStatuses: { open: 'Åben', acknowledged: 'Modtaget', resolved: 'Løst' } as Record<string, string>,
};
