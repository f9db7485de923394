// A real SMTP server in the test process (smtp-server), keeping what it accepted, parsed: the
// sink the notification tests and the journey test read. Not a mock of nodemailer: the worker
// speaks SMTP to it over TCP exactly as to a production relay.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  to: string[];
  subject: string;
  text: string;
  messageId: string;
  kind: string | null;
}

export interface SmtpSink {
  url: string;
  port: number;
  received: ReceivedEmail[];
  /** Resolves once `count` emails (in total) were accepted. */
  waitFor(count: number, predicate?: (email: ReceivedEmail) => boolean): Promise<ReceivedEmail[]>;
  /** Closes the port (SMTP down); `start()` listens again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const received: ReceivedEmail[] = [];
  const waiters = new Set<() => void>();
  let server: SMTPServer;
  let boundPort = port;
  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (mail) => {
            const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
            const kind = mail.headers.get('x-notification-kind');
            received.push({
              to,
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              messageId: mail.messageId ?? '',
              kind: typeof kind === 'string' ? kind : null,
            });
            for (const wake of waiters) wake();
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = create();
      server.on('error', reject);
      server.listen(boundPort, '127.0.0.1', () => {
        boundPort = (server.server.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();
  return {
    get url() {
      return `smtp://127.0.0.1:${boundPort}`;
    },
    get port() {
      return boundPort;
    },
    received,
    waitFor: (count, predicate = () => true) =>
      new Promise((resolve) => {
        const check = () => {
          const matching = received.filter(predicate);
          if (matching.length >= count) {
            waiters.delete(check);
            resolve(matching);
          }
        };
        waiters.add(check);
        check();
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    start: listen,
  };
}
