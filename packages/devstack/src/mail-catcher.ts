import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One mail as the catcher received it. */
export type CaughtMail = {
  id: string;
  /** Envelope sender and recipients (what the SMTP client said in MAIL FROM / RCPT TO). */
  from: string;
  recipients: string[];
  subject: string;
  text: string;
  receivedAt: string;
};

export type MailCatcherOptions = {
  /** SMTP port; 0 picks a free one. */
  smtpPort?: number;
  /** Port of the web page and JSON API; 0 picks a free one. */
  uiPort?: number;
  host?: string;
  /** Mails kept in memory; the oldest go first. */
  keep?: number;
};

export type MailCatcher = {
  smtp: { host: string; port: number };
  urls: { smtp: string; ui: string; api: string };
  /** Received mails, oldest first. */
  messages(): CaughtMail[];
  clear(): void;
  stop(): Promise<void>;
};

/**
 * The local mail catcher of `pnpm start` and the tests: an SMTP server on 127.0.0.1 (no TLS, no
 * auth) that keeps what it receives in memory, and a small page and JSON API
 * (`GET /api/messages`) to read it. Development only: it accepts mail for anyone.
 */
export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const host = options.host ?? '127.0.0.1';
  const keep = options.keep ?? 500;
  let mails: CaughtMail[] = [];

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    banner: 'Klageportal mail catcher (development)',
    size: 10 * 1024 * 1024,
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const envelopeFrom = session.envelope.mailFrom;
          mails.push({
            id: randomUUID(),
            from: envelopeFrom ? envelopeFrom.address : '',
            recipients: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            receivedAt: new Date().toISOString(),
          });
          if (mails.length > keep) mails = mails.slice(-keep);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const smtpPort = await listen(
    (port, done) => smtp.listen(port, host, done),
    (handler) => smtp.on('error', handler),
    options.smtpPort ?? 1025,
    () => (smtp.server.address() as AddressInfo).port,
    'SMTP_PORT',
  );

  const ui = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://catcher').pathname;
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'content-security-policy':
          "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      });
      res.end(body);
    };
    if (req.method === 'GET' && path === '/api/messages') {
      send(200, 'application/json; charset=utf-8', JSON.stringify([...mails].reverse()));
    } else if (req.method === 'DELETE' && path === '/api/messages') {
      mails = [];
      send(204, 'text/plain', '');
    } else if (req.method === 'GET' && path === '/') {
      send(200, 'text/html; charset=utf-8', PAGE);
    } else if (req.method === 'GET' && path === '/app.js') {
      send(200, 'text/javascript; charset=utf-8', SCRIPT);
    } else if (req.method === 'GET' && path === '/app.css') {
      send(200, 'text/css; charset=utf-8', STYLE);
    } else if (req.method === 'GET' && path === '/healthz') {
      send(200, 'text/plain; charset=utf-8', 'ok');
    } else {
      send(404, 'text/plain; charset=utf-8', 'not found');
    }
  });
  let uiPort: number;
  try {
    uiPort = await listen(
      (port, done) => ui.listen(port, host, done),
      (handler) => ui.once('error', handler),
      options.uiPort ?? 1080,
      () => (ui.address() as AddressInfo).port,
      'MAIL_UI_PORT',
    );
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    throw error;
  }

  let stopped = false;
  const uiUrl = `http://${host}:${uiPort}`;
  return {
    smtp: { host, port: smtpPort },
    urls: { smtp: `smtp://${host}:${smtpPort}`, ui: uiUrl, api: `${uiUrl}/api/messages` },
    messages: () => [...mails],
    clear: () => {
      mails = [];
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await Promise.all([new Promise<void>((resolve) => smtp.close(() => resolve())), closeHttp(ui)]);
    },
  };
}

async function listen(
  start: (port: number, done: () => void) => void,
  onError: (handler: (error: Error) => void) => void,
  port: number,
  actualPort: () => number,
  variable: string,
): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    onError((error: Error & { code?: string }) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`mail catcher: port ${port} is taken (EADDRINUSE); set ${variable} to another port`)
          : error,
      ),
    );
    start(port, () => resolve());
  });
  return actualPort();
}

function closeHttp(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mail catcher – Klageportal (development)</title>
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<header>
<h1>Mail catcher</h1>
<p>Every e-mail the local Klageportal sends ends up here, whoever it is addressed to. Development only.</p>
<p><button type="button" id="refresh">Refresh</button> <button type="button" id="clear">Delete all</button>
<span id="status" role="status" aria-live="polite"></span></p>
</header>
<main id="messages"></main>
</body>
</html>
`;

const STYLE = `body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; }
article { border: 1px solid #767676; border-radius: 4px; padding: 0.75rem 1rem; margin: 1rem 0; }
article h2 { font-size: 1.125rem; margin: 0 0 0.25rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; margin: 0 0 0.5rem; }
dt { font-weight: 600; }
dd { margin: 0; }
pre { white-space: pre-wrap; background: #f3f3f3; padding: 0.5rem; margin: 0; }
button { font: inherit; padding: 0.25rem 0.75rem; }
`;

// Builds the list with textContent only: mail content is never parsed as HTML.
const SCRIPT = `'use strict';
const list = document.getElementById('messages');
const status = document.getElementById('status');
function el(tag, text) { const node = document.createElement(tag); if (text !== undefined) node.textContent = text; return node; }
async function load() {
  const res = await fetch('/api/messages', { cache: 'no-store' });
  const mails = await res.json();
  list.replaceChildren();
  if (mails.length === 0) list.append(el('p', 'No mail yet.'));
  for (const mail of mails) {
    const article = el('article');
    article.append(el('h2', mail.subject || '(no subject)'));
    const dl = el('dl');
    for (const [term, value] of [['To', mail.recipients.join(', ')], ['From', mail.from], ['Received', new Date(mail.receivedAt).toLocaleString()]]) {
      dl.append(el('dt', term), el('dd', value));
    }
    article.append(dl, el('pre', mail.text));
    list.append(article);
  }
  status.textContent = mails.length + ' mail(s)';
}
document.getElementById('refresh').addEventListener('click', () => void load());
document.getElementById('clear').addEventListener('click', async () => { await fetch('/api/messages', { method: 'DELETE' }); await load(); });
void load();
setInterval(() => void load(), 5000);
`;
