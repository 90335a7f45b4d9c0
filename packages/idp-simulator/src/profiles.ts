import { interactionPolicy, type KoaContext } from 'oidc-provider';
import { html } from './html.js';
import type { OidcProfile } from './oidc.js';
import type { SimulatorPerson, StaffUser } from './types.js';

export const LOA_SUBSTANTIAL = 'idporten-loa-substantial';
export const LOA_HIGH = 'idporten-loa-high';
const LEVELS = [LOA_SUBSTANTIAL, LOA_HIGH];

/** The lowest known level among the requested `acr_values` (a minimum); substantial when none is known. */
export function minimumAcr(acrValues: unknown): string {
  const requested = String(acrValues ?? '')
    .split(/\s+/)
    .map((value) => LEVELS.indexOf(value))
    .filter((rank) => rank >= 0);
  return LEVELS[requested.length ? Math.min(...requested) : 0] ?? LOA_SUBSTANTIAL;
}

function rank(acr: string | undefined): number {
  return acr === undefined ? -1 : LEVELS.indexOf(acr);
}

const PID = /^\d{11}$/;

export function idportenProfile(persons: SimulatorPerson[]): OidcProfile {
  const title = 'ID-porten (testmiljø – simulator)';
  return {
    name: 'idporten',
    title,
    acrValues: LEVELS,
    subjectType: 'pairwise',
    claims: ['pid', 'locale'],
    findAccount: (accountId, locale) =>
      PID.test(accountId)
        ? { accountId, claims: () => ({ sub: accountId, pid: accountId, locale }) }
        : undefined,
    loginChecks: [
      // acr_values is a minimum: an SSO session at a lower level must log in again (step-up).
      new interactionPolicy.Check(
        'acr_below_minimum',
        'the requested level of assurance requires a new login',
        (ctx: KoaContext) => {
          const { session, params } = ctx.oidc;
          if (!session.accountId) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
          return rank(session.acr) < rank(minimumAcr(params.acr_values));
        },
      ),
    ],
    renderLogin: ({ details, loginAction, abortAction, error, previous }) => {
      const minimum = minimumAcr(details.params.acr_values);
      const chosen = previous?.get('acr');
      const selected = chosen && rank(chosen) >= rank(minimum) ? chosen : minimum;
      const level = (value: string, id: string, label: string) => {
        const disabled = rank(value) < rank(minimum);
        return html`<div><input type="radio" name="acr" id="${id}" value="${value}"${
          value === selected ? html` checked` : html``
        }${disabled ? html` disabled` : html``}> <label for="${id}">${label}</label></div>`;
      };
      const typed = previous?.get('pid') ?? '';
      return html`<h1>${title}</h1>
<p class="banner">Dette er en lokal simulator av ID-porten for utvikling og test. Velg en syntetisk testperson eller skriv inn et syntetisk fødselsnummer. Ingen ekte innlogging skjer.</p>
<p>Innlogging til tjenesten <strong>${String(details.params.client_id ?? '')}</strong>.</p>
${error ? html`<p class="error" role="alert" id="login-error">${error}</p>` : html``}
<form method="post" action="${loginAction}">
<fieldset>
<legend>Innloggingsmetode (sikkerhetsnivå)</legend>
${level(LOA_SUBSTANTIAL, 'acr-substantial', 'MinID – betydelig sikkerhetsnivå (idporten-loa-substantial)')}
${level(LOA_HIGH, 'acr-high', 'BankID – høyt sikkerhetsnivå (idporten-loa-high)')}
${minimum === LOA_HIGH ? html`<p>Tjenesten krever høyt sikkerhetsnivå.</p>` : html``}
</fieldset>
<h2>Skriv inn fødselsnummer</h2>
<label for="pid">Fødselsnummer</label>
<input type="text" id="pid" name="pid" inputmode="numeric" autocomplete="off" required pattern="[0-9]{11}" maxlength="11" value="${typed}" aria-describedby="pid-hint${error ? ' login-error' : ''}"${error ? html` aria-invalid="true"` : html``}>
<p id="pid-hint">11 siffer. Nummeret sendes videre som <code>pid</code> uten kontroll av kontrollsifre (også D-nummer og syntetiske nummer).</p>
<p><button type="submit" name="action" value="typed">Logg inn</button></p>
<h2>Eller velg en testperson</h2>
${
  persons.length
    ? html`<ul class="choices">${persons.map(
        (person) =>
          html`<li><button type="submit" name="person" value="${person.pid}" formnovalidate><span class="name">${person.name}</span> <span class="pid">${person.pid}</span>${
            person.note ? html` <span class="note">${person.note}</span>` : html``
          }</button></li>`,
      )}</ul>`
    : html`<p>Ingen testpersoner er satt opp.</p>`
}
</form>
<form method="post" action="${abortAction}">
<button type="submit" class="secondary">Avbryt</button>
</form>`;
    },
    login: (form, details) => {
      const minimum = minimumAcr(details.params.acr_values);
      const chosen = form.get('acr') ?? minimum;
      const acr = rank(chosen) >= rank(minimum) ? chosen : minimum;
      const person = form.get('person');
      if (person !== null) {
        if (!persons.some((p) => p.pid === person) && !PID.test(person))
          return { error: 'Ukjent testperson.' };
        return { accountId: person, acr };
      }
      const typed = (form.get('pid') ?? '').replace(/\s+/g, '');
      if (!PID.test(typed)) return { error: 'Fødselsnummeret må ha 11 siffer.' };
      return { accountId: typed, acr };
    },
  };
}

export const STAFF_ACR = 'Level4';

export function ansattProfile(users: StaffUser[]): OidcProfile {
  const title = 'Ansattinnlogging (testmiljø – simulator)';
  const byId = new Map(users.map((user) => [user.id, user]));
  return {
    name: 'ansatt',
    title,
    acrValues: [STAFF_ACR],
    subjectType: 'public',
    claims: ['name', 'email', 'groups'],
    findAccount: (accountId) => {
      const user = byId.get(accountId);
      if (!user) return undefined;
      return {
        accountId,
        claims: () => ({ sub: accountId, name: user.name, email: user.email, groups: [...user.groups] }),
      };
    },
    renderLogin: ({ details, loginAction, abortAction, error }) => html`<h1>${title}</h1>
<p class="banner">Dette er en lokal simulator av virksomhetens innlogging for ansatte. Velg en testbruker. Ingen ekte innlogging skjer.</p>
<p>Innlogging til tjenesten <strong>${String(details.params.client_id ?? '')}</strong>.</p>
${error ? html`<p class="error" role="alert">${error}</p>` : html``}
<form method="post" action="${loginAction}">
${
  users.length
    ? html`<ul class="choices">${users.map(
        (user) =>
          html`<li><button type="submit" name="user" value="${user.id}">Logg inn som ${user.name}</button> <span class="note">Grupper: ${user.groups.join(', ') || 'ingen'}</span></li>`,
      )}</ul>`
    : html`<p>Ingen testbrukere er satt opp.</p>`
}
</form>
<form method="post" action="${abortAction}">
<button type="submit" class="secondary">Avbryt</button>
</form>`,
    login: (form) => {
      const id = form.get('user') ?? '';
      if (!byId.has(id)) return { error: 'Ukjent testbruker.' };
      return { accountId: id, acr: STAFF_ACR };
    },
  };
}
