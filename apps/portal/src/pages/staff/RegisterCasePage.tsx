import {
  Button,
  Field,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { mutationErrorKey } from '../../api/mutations';
import { registerCase, type StaffViewer } from '../../api/staff';
import { dateInputToInstant, todayInOslo } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { toGraphQLLanguage } from '../../i18n/languages';
import { navigate, staffCasePath } from '../../routing/router';
import { staffErrorKey } from '../cases/caseTexts';
import { useCaseTypes } from '../cases/useCaseTypes';
import { MutationErrorText } from './StaffMutationError';
import { StaffShell } from './StaffPages';

type FormField = 'caseType' | 'receivedAt' | 'caseNumber' | null;

const fieldOf: Readonly<Record<string, FormField>> = {
  UNKNOWN_CASE_TYPE: 'caseType',
  CASE_TYPE_ENDED: 'caseType',
  RECEIVED_IN_FUTURE: 'receivedAt',
  INVALID_CASE_NUMBER: 'caseNumber',
  CASE_NUMBER_TAKEN: 'caseNumber',
};

/** `/intern/ny`: register a received complaint (then add its parties on the case's page). */
export function RegisterCasePage({ viewer }: { viewer: StaffViewer }) {
  const { language, messages: m } = useI18n();
  const caseTypes = useCaseTypes();
  const today = useMemo(() => todayInOslo(new Date()), []);
  const typeId = useId();
  const typeErrorId = useId();
  const [caseType, setCaseType] = useState('');
  const [receivedOn, setReceivedOn] = useState(today);
  const [caseNumber, setCaseNumber] = useState('');
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<{ code: string | null } | null>(null);

  // Only case types in use on the day chosen.
  const available = caseTypes.filter((type) => type.validTo === null || type.validTo >= receivedOn);
  const errorField = failure ? (fieldOf[failure.code ?? ''] ?? null) : null;
  const errorText = failure ? m[staffErrorKey(failure.code, mutationErrorKey)] : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    if (!caseType) {
      setFailure({ code: 'UNKNOWN_CASE_TYPE' });
      document.getElementById(typeId)?.focus();
      return;
    }
    setSaving(true);
    setFailure(null);
    const outcome = await registerCase(
      {
        caseTypeCode: caseType,
        receivedAt: dateInputToInstant(receivedOn, new Date()),
        caseNumber: caseNumber.trim() || null,
      },
      toGraphQLLanguage(language),
    );
    setSaving(false);
    if (outcome.ok) navigate(staffCasePath(outcome.case.id));
    else setFailure({ code: outcome.code });
  }

  return (
    <StaffShell title={m.staffRegisterHeading} viewer={viewer} current="register">
      <Paragraph>{m.staffRegisterIntro}</Paragraph>
      <form noValidate onSubmit={submit} className="staff-form" data-testid="register-case-form">
        <Field>
          <Label htmlFor={typeId}>{m.caseTypeFilterLabel}</Label>
          <Select
            id={typeId}
            required
            value={caseType}
            aria-invalid={errorField === 'caseType' || undefined}
            aria-describedby={errorField === 'caseType' ? typeErrorId : undefined}
            onChange={(event) => setCaseType(event.target.value)}
            data-testid="register-case-type"
          >
            <Select.Option value="" disabled>
              {m.staffCaseTypeChoose}
            </Select.Option>
            {available.map((type) => (
              <Select.Option key={type.code} value={type.code}>
                {type.name}
              </Select.Option>
            ))}
          </Select>
          {errorField === 'caseType' && <ValidationMessage id={typeErrorId}>{errorText}</ValidationMessage>}
        </Field>
        <Textfield
          className="staff-form__date"
          label={m.staffReceivedLabel}
          description={m.staffReceivedDescription}
          type="date"
          max={today}
          value={receivedOn}
          onChange={(event) => setReceivedOn(event.target.value)}
          error={errorField === 'receivedAt' ? errorText : undefined}
          data-testid="register-received"
        />
        <Textfield
          className="staff-form__short"
          label={m.staffCaseNumberLabel}
          description={m.staffCaseNumberDescription}
          autoComplete="off"
          spellCheck={false}
          value={caseNumber}
          onChange={(event) => setCaseNumber(event.target.value)}
          error={errorField === 'caseNumber' ? errorText : undefined}
          data-testid="register-case-number"
        />
        <div>
          <Button type="submit" loading={saving} aria-disabled={saving || undefined}>
            {m.staffRegisterSubmit}
          </Button>
        </div>
        {failure && errorField === null && <MutationErrorText code={failure.code} />}
      </form>
    </StaffShell>
  );
}
