/**
 * pnpm run keys: a fresh gateway key pair as two .env lines (newlines escaped as \n, which the
 * services' configuration turns back into PEM), after a comment naming the key id its tokens
 * will carry. The private key goes to the gateway only; rotation: README "Rotating the internal key".
 */
import { generateInternalKeyPair, keyIdOf, parsePublicKey } from '@equality-graph/auth';

const { privateKeyPem, publicKeyPem } = generateInternalKeyPair();
const escape = (pem: string) => pem.trim().replace(/\n/g, '\\n');
process.stdout.write(
  `# internal key id (kid): ${keyIdOf(parsePublicKey(publicKeyPem))}\n` +
    `INTERNAL_JWT_PRIVATE_KEY="${escape(privateKeyPem)}"\nINTERNAL_JWT_PUBLIC_KEY="${escape(publicKeyPem)}"\n`,
);
