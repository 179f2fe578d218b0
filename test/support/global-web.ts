import { buildWebIfStale } from '../../scripts/build-web.ts';

/** The browser tests run against the production build of the web app. */
export default async function setup() {
  await buildWebIfStale();
}
