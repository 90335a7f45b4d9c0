import { refuse } from '@klageportal/federation';
import type { Result } from '@klageportal/kit';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { CaseDocument } from '../domain/document.js';
import type { CaseForCaller } from '../usecases/case-access.js';
import { getAccessLog, getCase, listMyCases, listMyLatestDocuments } from '../usecases/cases.js';
import { caseTypeByCode, firstInstanceBodyByCode } from '../usecases/reference-data.js';
import {
  addCaseParty,
  changeCaseStatus,
  listCases,
  registerCase,
  removeCaseParty,
  setCourtStatus,
} from '../usecases/staff.js';
import {
  AddCasePartyInput,
  CaseFilterInput,
  ChangeCaseStatusInput,
  RegisterCaseInput,
  RemoveCasePartyInput,
  SetCourtStatusInput,
} from './case.inputs.js';
import {
  AccessRoleEnum,
  CaseAccessEntryObject,
  CaseMutationResultObject,
  CaseObject,
  CasePartyObject,
  CasePermissionsObject,
  CasesPageObject,
  DocumentObject,
  FormAnswerObject,
  LatestDocumentObject,
  MyCasesPageObject,
} from './case.type.js';
import { CaseTypeObject } from './case-type.type.js';
import { FirstInstanceBodyObject } from './first-instance-body.type.js';

type TopLevelCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';
const TOP_LEVEL = new Set<string>(['UNAUTHENTICATED', 'FORBIDDEN']);

/** A refusal as a GraphQL error; FORBIDDEN carries its reason (CONSENT_REQUIRED, TWO_LAWYERS …). */
export function unwrap<T>(result: Result<T, TopLevelCode>): T {
  if (result.ok) return result.value;
  if (result.code === 'FORBIDDEN' && result.detail) {
    throw new GraphQLError('You may not see this.', {
      extensions: { code: 'FORBIDDEN', reason: result.detail },
    });
  }
  if (result.code === 'BAD_USER_INPUT')
    throw new GraphQLError(result.detail ?? 'Bad input.', { extensions: { code: 'BAD_USER_INPUT' } });
  return refuse(result.code);
}

const formAnswer = (form: { kind: string; data: Record<string, unknown> }): FormAnswerObject => {
  const d = form.data;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    kind: form.kind,
    comments: text(d.comments),
    mobile: text(d.mobile),
    email: text(d.email),
    journalist: text(d.journalist),
    newsroom: text(d.newsroom),
    excludedTopics: Array.isArray(d.excludedTopics) ? d.excludedTopics.map(String) : null,
    validUntil: typeof d.validUntil === 'string' ? new Date(d.validUntil) : null,
  };
};

/** A stored document as the `Document` type shows it (case page and newest documents alike). */
const toDocumentObject = (d: CaseDocument): DocumentObject => ({
  ...d,
  files: d.files.map((f) => ({ ...f, downloadUrl: `/files/documents/${d.id}/files/${f.id}` })),
  form: d.form ? formAnswer(d.form) : null,
});

const MESSAGES: Record<string, string> = {
  NOT_FOUND: 'No such case.',
  UNKNOWN_CASE_TYPE: 'Unknown case type.',
  CASE_TYPE_ENDED: 'This case type had ended when the complaint was received.',
  RECEIVED_IN_FUTURE: 'A complaint cannot be received in the future.',
  INVALID_CASE_NUMBER: 'A case number is YY/NNNNN.',
  CASE_NUMBER_TAKEN: 'That case number is taken.',
  INVALID_NAME: 'Give the name as registered (2–200 characters).',
  PARTY_EXISTS: 'The person already has this role on the case.',
  NOT_A_PARTY: 'The person does not have this role on the case.',
  CHANGED_MEANWHILE: 'Someone changed the case meanwhile; reload and try again.',
  FORMS_NOT_ALLOWED: 'You cannot fill in forms on this case.',
  INVALID_COMMENTS: 'Write your comments (at most 10,000 characters).',
  NOT_COMPLAINANT_OR_GUARDIAN: 'Only the complainant or their guardian can waive confidentiality.',
  INVALID_JOURNALIST: 'Give the journalist’s name.',
  INVALID_NEWSROOM: 'Give the newsroom or client.',
  INVALID_TOPICS: 'At most 20 topics, each at most 300 characters.',
  VALID_UNTIL_PASSED: 'The time limit must be in the future.',
  ALREADY_REVOKED: 'This waiver was already revoked.',
};

/**
 * A mutation's answer: refusals of the caller (not logged in, not a case officer) are top-level
 * errors, as for reads; everything a case officer can correct is a payload error with a code.
 */
export function toPayload(result: Result<CaseForCaller, string>): CaseMutationResultObject {
  if (result.ok) return { ok: true, error: null, case: result.value };
  if (TOP_LEVEL.has(result.code)) refuse(result.code as 'UNAUTHENTICATED' | 'FORBIDDEN');
  return {
    ok: false,
    case: null,
    error: { code: result.code, message: MESSAGES[result.code] ?? result.code },
  };
}

@Resolver(() => CaseObject)
export class CaseResolver {
  @Query(() => MyCasesPageObject, {
    nullable: true,
    description:
      'Min side’s overview: the cases the viewer (or whom they act for) is party to, newest change first. Unavailable cases come with their reason and no details.',
  })
  async myCases(
    @Arg('filter', () => CaseFilterInput, { nullable: true }) filter: CaseFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<MyCasesPageObject> {
    const page = unwrap(
      await listMyCases(
        ctx,
        { search: filter?.search, statuses: filter?.statuses, caseTypeCodes: filter?.caseTypes },
        { first, after },
        new Date(),
      ),
    );
    return {
      items: page.nodes.map((item) =>
        item.available
          ? {
              caseNumber: item.caseNumber,
              available: true,
              unavailableReason: null,
              case: item.case as CaseObject,
              lastEvent: item.lastEvent,
            }
          : {
              caseNumber: item.caseNumber,
              available: false,
              unavailableReason: item.reason,
              case: null,
              lastEvent: null,
            },
      ),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      totalCount: page.totalCount,
    };
  }

  @Query(() => [LatestDocumentObject], {
    nullable: true,
    description:
      'Min side’s newest documents: the latest `first` (1–20) on the cases the viewer (or whom they act for) may open, newest first. Only what their case pages show: nothing from a case they may not see or that is unavailable in Min side.',
  })
  async myLatestDocuments(
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<LatestDocumentObject[]> {
    const items = unwrap(await listMyLatestDocuments(ctx, first, new Date()));
    return items.map((item) => ({
      caseId: item.caseId,
      caseNumber: item.caseNumber,
      document: toDocumentObject(item.document),
    }));
  }

  @Query(() => CaseObject, {
    nullable: true,
    description: 'One complaint case, for those allowed to see it.',
  })
  async case(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CaseObject> {
    return unwrap(await getCase(ctx, id, new Date())) as CaseObject;
  }

  @Query(() => [CaseAccessEntryObject], {
    nullable: true,
    description:
      '“Who has seen my case”: for the complainant (or whoever stands in their place) and case officers.',
  })
  async caseAccessLog(
    @Arg('caseId', () => ID) caseId: string,
    @Ctx() ctx: Context,
  ): Promise<CaseAccessEntryObject[]> {
    return unwrap(await getAccessLog(ctx, caseId, new Date()));
  }

  @Query(() => CasesPageObject, { nullable: true, description: 'Case officers: find cases.' })
  async cases(
    @Arg('filter', () => CaseFilterInput, { nullable: true }) filter: CaseFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<CasesPageObject> {
    const page = unwrap(
      await listCases(
        ctx,
        { search: filter?.search, statuses: filter?.statuses, caseTypeCodes: filter?.caseTypes },
        { first, after },
      ),
    );
    const staffId = ctx.principal.kind === 'staff' ? ctx.principal.staffId : '';
    const details = await ctx.loaders.caseDetailsById.loadMany(page.nodes.map((n) => n.id));
    return {
      nodes: details.flatMap((d) =>
        d && !(d instanceof Error)
          ? [{ ...d, access: { kind: 'OFFICER' as const, staffId } } as CaseObject]
          : [],
      ),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      totalCount: page.totalCount,
    };
  }

  @Mutation(() => CaseMutationResultObject, { description: 'Case officers: register a received complaint.' })
  async registerCase(@Arg('input', () => RegisterCaseInput) input: RegisterCaseInput, @Ctx() ctx: Context) {
    return toPayload(await registerCase(ctx, input, new Date()));
  }

  @Mutation(() => CaseMutationResultObject, {
    description: 'Case officers: add a person to a case in a role.',
  })
  async addCaseParty(@Arg('input', () => AddCasePartyInput) input: AddCasePartyInput, @Ctx() ctx: Context) {
    return toPayload(await addCaseParty(ctx, input, new Date()));
  }

  @Mutation(() => CaseMutationResultObject, {
    description: 'Case officers: remove a person’s role on a case.',
  })
  async removeCaseParty(
    @Arg('input', () => RemoveCasePartyInput) input: RemoveCasePartyInput,
    @Ctx() ctx: Context,
  ) {
    return toPayload(await removeCaseParty(ctx, input, new Date()));
  }

  @Mutation(() => CaseMutationResultObject, {
    description: 'Case officers: move a case along the process; DECIDED takes the outcome and decision date.',
  })
  async changeCaseStatus(
    @Arg('input', () => ChangeCaseStatusInput) input: ChangeCaseStatusInput,
    @Ctx() ctx: Context,
  ) {
    return toPayload(await changeCaseStatus(ctx, input, new Date()));
  }

  @Mutation(() => CaseMutationResultObject, {
    description: 'Case officers: record where the case stands in the courts.',
  })
  async setCourtStatus(
    @Arg('input', () => SetCourtStatusInput) input: SetCourtStatusInput,
    @Ctx() ctx: Context,
  ) {
    return toPayload(await setCourtStatus(ctx, input, new Date()));
  }

  @FieldResolver(() => CaseTypeObject)
  caseType(@Root() found: CaseObject, @Ctx() ctx: Context) {
    return caseTypeByCode(ctx, found.caseTypeCode);
  }

  @FieldResolver(() => FirstInstanceBodyObject)
  firstInstanceBody(@Root() found: CaseObject, @Ctx() ctx: Context) {
    return firstInstanceBodyByCode(ctx, found.firstInstanceBodyCode);
  }

  @FieldResolver(() => [CasePartyObject], {
    description:
      'Everyone on the case with their role; contact details for case officers, and to a party their own.',
  })
  async parties(@Root() found: CaseObject, @Ctx() ctx: Context): Promise<CasePartyObject[]> {
    if (found.access.kind === 'PRESS') return [];
    const parties = await ctx.loaders.partiesByCaseId.load(found.id);
    const access = found.access;
    return parties.map((p) => {
      const isViewer =
        access.kind === 'PARTY' &&
        p.personId === access.view.throughParty.personId &&
        p.role === access.view.throughParty.role;
      const showContact = access.kind === 'OFFICER' || isViewer;
      return {
        personId: p.personId,
        name: p.name,
        role: p.role,
        mobile: showContact ? p.mobile : null,
        email: showContact ? p.email : null,
        isViewer,
      };
    });
  }

  @FieldResolver(() => [DocumentObject], { description: 'The case’s documents, oldest first.' })
  async documents(@Root() found: CaseObject, @Ctx() ctx: Context): Promise<DocumentObject[]> {
    if (found.access.kind === 'PRESS') return [];
    const docs = await ctx.loaders.documentsByCaseId.load(found.id);
    return docs.map(toDocumentObject);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Same-origin path of the whole case file as one zip with a manifest (logged); null when not allowed.',
  })
  caseFileUrl(@Root() found: CaseObject): string | null {
    const { access } = found;
    const allowed =
      access.kind === 'OFFICER' || (access.kind === 'PARTY' && access.permissions.downloadCaseFile);
    return allowed ? `/files/cases/${found.id}/case-file.zip` : null;
  }

  @FieldResolver(() => AccessRoleEnum, {
    nullable: true,
    description: 'The role the viewer has on the case (their own, or the mandate they act under).',
  })
  viewerRole(@Root() found: CaseObject): string | null {
    const { access } = found;
    if (access.kind === 'PARTY') return access.actingRole;
    return access.kind === 'OFFICER' ? 'CASE_OFFICER' : 'PRESS_OFFICER';
  }

  @FieldResolver(() => CasePermissionsObject, {
    nullable: true,
    description: 'What the viewer may do here (Min side).',
  })
  permissions(@Root() found: CaseObject): CasePermissionsObject | null {
    return found.access.kind === 'PARTY' ? found.access.permissions : null;
  }
}
