import { randomUUID } from 'node:crypto';
import { startTestService, type TestService } from '@klageportal/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, loadConfig } from '../src/index.js';
import { addParty, citizen, OFFICER, registerCase } from './fixture.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({ name: 'cases', loadConfig, create: createService, seed: true });
});
afterAll(() => svc?.dispose());

type Result = { ok: boolean; error: { code: string } | null };

describe('forms in Min side', () => {
  it('turn comments into an incoming document with the text, from a represented complainant too', async () => {
    const [complainant, lawyer] = [randomUUID(), randomUUID()];
    const c = await registerCase(svc);
    await addParty(svc, c.id, { role: 'COMPLAINANT', personId: complainant });
    await addParty(svc, c.id, { role: 'LAWYER', personId: lawyer, email: 'l.lawyer@advokatfirma.example' });
    const { body } = await svc.graphql<{ sendCaseComments: Result }>(
      'mutation($c: ID!) { sendCaseComments(caseId: $c, comments: "  Jeg er uenig i vurderingen. ") { ok error { code } } }',
      { c: c.id },
      citizen(complainant),
    );
    expect(body.data!.sendCaseComments).toEqual({ ok: true, error: null });
    const docs = await svc.graphql<{
      case: {
        documents: {
          direction: string;
          category: string;
          senderRole: string;
          form: { kind: string; comments: string };
        }[];
      };
    }>(
      'query($c: ID!) { case(id: $c) { documents { direction category senderRole form { kind comments } } } }',
      { c: c.id },
      OFFICER,
    );
    expect(docs.body.data!.case.documents).toEqual([
      {
        direction: 'IN',
        category: 'COMMENTS',
        senderRole: 'COMPLAINANT',
        form: { kind: 'COMMENTS', comments: 'Jeg er uenig i vurderingen.' },
      },
    ]);
  });

  it('change the contact details on the case, which makes it available in Min side', async () => {
    const person = randomUUID();
    const c = await registerCase(svc);
    await addParty(svc, c.id, { role: 'COMPLAINANT', personId: person, email: null });
    const before = await svc.graphql('query($c: ID!) { case(id: $c) { id } }', { c: c.id }, citizen(person));
    expect(before.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'MISSING_EMAIL' });
    // a case unavailable in Min side has no forms either: the body registers the missing contact
    const refused = await svc.graphql<{ changeCaseContact: Result }>(
      'mutation($c: ID!) { changeCaseContact(caseId: $c, mobile: "91234567", email: "k@example.com") { ok error { code } } }',
      { c: c.id },
      citizen(person),
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const other = randomUUID();
    const d = await registerCase(svc);
    await addParty(svc, d.id, { role: 'COMPLAINANT', personId: other });
    const changed = await svc.graphql<{
      changeCaseContact: Result & { case: { parties: { email: string; mobile: string }[] } };
    }>(
      'mutation($c: ID!) { changeCaseContact(caseId: $c, mobile: "48 00 00 01", email: "ny@example.com") { ok error { code } case { parties { mobile email } } } }',
      { c: d.id },
      citizen(other),
    );
    expect(changed.body.data!.changeCaseContact.case!.parties).toEqual([
      { mobile: '+4748000001', email: 'ny@example.com' },
    ]);
    const bad = await svc.graphql<{ changeCaseContact: Result }>(
      'mutation($c: ID!) { changeCaseContact(caseId: $c, mobile: "22 33 44 55", email: "ny@example.com") { ok error { code } } }',
      { c: d.id },
      citizen(other),
    );
    expect(bad.body.data!.changeCaseContact).toEqual({ ok: false, error: { code: 'NOT_MOBILE' } });
  });

  it('record a waiver for the press service; only the complainant or guardian sees and revokes it', async () => {
    const [complainant, lawyer] = [randomUUID(), randomUUID()];
    const c = await registerCase(svc);
    await addParty(svc, c.id, { role: 'COMPLAINANT', personId: complainant });
    await addParty(svc, c.id, { role: 'LAWYER', personId: lawyer, email: 'l2.lawyer@advokatfirma.example' });
    const given = await svc.graphql<{
      giveWaiver: Result & {
        case: { waivers: { id: string; journalist: string; excludedTopics: string[]; inForce: boolean }[] };
      };
    }>(
      `mutation($c: ID!) { giveWaiver(input: { caseId: $c, journalist: "Jon Journalist", newsroom: "Dagsavisa",
         excludedTopics: ["diagnosen"], validUntil: "2099-01-01T00:00:00Z" }) { ok error { code } case { waivers { id journalist excludedTopics inForce } } } }`,
      { c: c.id },
      citizen(complainant),
    );
    const [waiver] = given.body.data!.giveWaiver.case!.waivers;
    expect(waiver).toMatchObject({
      journalist: 'Jon Journalist',
      excludedTopics: ['diagnosen'],
      inForce: true,
    });
    const asLawyer = await svc.graphql<{ case: { waivers: unknown[] } }>(
      'query($c: ID!) { case(id: $c) { waivers { id } } }',
      { c: c.id },
      citizen(lawyer),
    );
    expect(asLawyer.body.data!.case.waivers).toEqual([]);
    const revoked = await svc.graphql<{
      revokeWaiver: Result & { case: { waivers: { inForce: boolean }[] } };
    }>(
      'mutation($w: ID!) { revokeWaiver(waiverId: $w) { ok error { code } case { waivers { inForce } } } }',
      { w: waiver!.id },
      citizen(complainant),
    );
    expect(revoked.body.data!.revokeWaiver.case!.waivers).toEqual([{ inForce: false }]);
    const officer = await svc.graphql<{ case: { waivers: { inForce: boolean }[] } }>(
      'query($c: ID!) { case(id: $c) { waivers { inForce } } }',
      { c: c.id },
      OFFICER,
    );
    expect(officer.body.data!.case.waivers).toEqual([{ inForce: false }]);
  });
});
