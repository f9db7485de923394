/**
 * pnpm run keys: a fresh gateway key pair as two .env lines (newlines escaped as \n, which the
 * services' configuration turns back into PEM). The private key goes to the gateway only.
 */
import { generateInternalKeyPair } from '@equality-graph/auth';

const { privateKeyPem, publicKeyPem } = generateInternalKeyPair();
const escape = (pem: string) => pem.trim().replace(/\n/g, '\\n');
process.stdout.write(`INTERNAL_JWT_PRIVATE_KEY="${escape(privateKeyPem)}"\nINTERNAL_JWT_PUBLIC_KEY="${escape(publicKeyPem)}"\n`);
