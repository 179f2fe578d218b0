import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../../i18n/index.ts';

// Component tests read the Danish catalogue, as users do by default; each test starts on a clean DOM.
afterEach(() => cleanup());

// jsdom has no layout: the router's scroll restoration may call scrollTo, which it does not implement.
window.scrollTo = () => undefined;

// jsdom lacks CSS.escape, which React Aria's collections use for ids; ids here are plain.
if (typeof globalThis.CSS === 'undefined') Object.assign(globalThis, { CSS: {} });
if (typeof CSS.escape !== 'function') CSS.escape = (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`);
