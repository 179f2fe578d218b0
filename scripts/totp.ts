import { currentTotp } from '../server/modules/auth/totp.ts';
import { DEMO_TOTP_SECRET } from './demo-seed.ts';

/** `npm run totp [-- SECRET]`: the current 6-digit code, by default for the demo logins. */
const secret = (process.argv[2] ?? DEMO_TOTP_SECRET).replace(/\s+/g, '').toUpperCase();
console.log(currentTotp(secret));
