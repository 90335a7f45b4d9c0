import nodemailer from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import { type MailCatcher, startMailCatcher } from '../src/index.js';

let catcher: MailCatcher | undefined;
afterEach(async () => {
  await catcher?.stop();
  catcher = undefined;
});

async function sendTo(port: number, mail: { to: string; subject: string; text: string }) {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  await transport.sendMail({ from: 'Klageportal <ikke-svar@klageportal.example>', ...mail });
  transport.close();
}

describe('the local mail catcher', () => {
  it('keeps mails sent over SMTP and lists them newest first in its JSON API', async () => {
    catcher = await startMailCatcher({ smtpPort: 0, uiPort: 0 });
    expect(catcher.urls.smtp).toBe(`smtp://127.0.0.1:${catcher.smtp.port}`);
    await sendTo(catcher.smtp.port, { to: 'kari@example.test', subject: 'Første', text: 'Hei\nKari' });
    await sendTo(catcher.smtp.port, { to: 'ola@example.test', subject: 'Andre', text: 'Hei Ola' });

    expect(catcher.messages().map((m) => m.subject)).toEqual(['Første', 'Andre']);
    const res = await fetch(catcher.urls.api);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const listed = (await res.json()) as { recipients: string[]; subject: string; text: string }[];
    expect(listed.map((m) => m.subject)).toEqual(['Andre', 'Første']);
    expect(listed[1]).toMatchObject({ recipients: ['kari@example.test'], subject: 'Første' });
    expect(listed[1]!.text.trim()).toBe('Hei\nKari');
    expect(new Date((listed[1] as unknown as { receivedAt: string }).receivedAt).getTime()).not.toBeNaN();

    await fetch(catcher.urls.api, { method: 'DELETE' });
    expect(catcher.messages()).toEqual([]);
  });

  it('serves a self-contained page (no third-party origin, content shown as text only)', async () => {
    catcher = await startMailCatcher({ smtpPort: 0, uiPort: 0 });
    const page = await fetch(catcher.urls.ui);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('<script src="/app.js" defer></script>');
    expect(html).not.toMatch(/https?:\/\//);
    const script = await (await fetch(`${catcher.urls.ui}/app.js`)).text();
    expect(script).not.toContain('innerHTML');
    expect((await fetch(`${catcher.urls.ui}/app.css`)).status).toBe(200);
  });

  it('frees both ports on stop, so it can be started again on the same ones', async () => {
    const first = await startMailCatcher({ smtpPort: 0, uiPort: 0 });
    const { port } = first.smtp;
    const uiPort = Number(new URL(first.urls.ui).port);
    await first.stop();
    await expect(sendTo(port, { to: 'kari@example.test', subject: 'x', text: 'x' })).rejects.toThrow();
    catcher = await startMailCatcher({ smtpPort: port, uiPort });
    await sendTo(port, { to: 'kari@example.test', subject: 'Igjen', text: 'x' });
    expect(catcher.messages().map((m) => m.subject)).toEqual(['Igjen']);
  });

  it('fails clearly when a port is taken', async () => {
    catcher = await startMailCatcher({ smtpPort: 0, uiPort: 0 });
    await expect(startMailCatcher({ smtpPort: catcher.smtp.port, uiPort: 0 })).rejects.toThrow(
      /port \d+ is taken \(EADDRINUSE\); set SMTP_PORT/,
    );
  });
});
