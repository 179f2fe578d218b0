/**
 * The participant profile read model: one person's row, ladder, talks, consents and guardians as the viewer
 * may see them, composed from the faces of people, talks, consents and guardians. Owns no tables.
 */
export { loadProfile } from './profile.ts';
