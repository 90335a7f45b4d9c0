import { Button, Card, Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import { actFor } from '../api/mutations';
import { actingForOther, type RepresentationRole, type Viewer } from '../api/startPage';
import { LogoutForm, MutationError } from '../components/Session';
import { format, formatList } from '../i18n/format';
import { useI18n, useMessages } from '../i18n/I18nProvider';
import { interpolate } from '../i18n/interpolate';
import type { MessageKey } from '../i18n/messages';

const roleKeys: Readonly<Record<RepresentationRole, MessageKey>> = {
  LAWYER: 'roleLawyer',
  PROXY: 'roleProxy',
  GUARDIAN: 'roleGuardian',
  SURVIVING_RELATIVE: 'roleSurvivingRelative',
};

function roleKey(role: string): MessageKey | undefined {
  return Object.hasOwn(roleKeys, role) ? roleKeys[role as RepresentationRole] : undefined;
}

/** The radio value for "myself" (person ids are never empty). */
const SELF = '';

interface ViewerCardProps {
  viewer: Viewer;
  reload(): Promise<void>;
}

/** Who is logged in, logout, and (for those who represent others) whom to use Min side for. */
export function ViewerCard({ viewer, reload }: ViewerCardProps) {
  const m = useMessages();
  return (
    <Card data-color="neutral" variant="tinted" className="viewer-card">
      <Heading level={2} data-size="sm">
        {m.loginHeading}
      </Heading>
      <div className="viewer-card__session">
        <Paragraph>
          {viewer.person
            ? interpolate(m.viewerLoggedInAs, {
                name: <strong data-testid="viewer-name">{viewer.person.displayName}</strong>,
              })
            : m.viewerAuthenticated}
        </Paragraph>
        <LogoutForm />
      </div>
      {viewer.representations.length > 0 && <ActForForm viewer={viewer} reload={reload} />}
    </Card>
  );
}

function ActForForm({ viewer, reload }: ViewerCardProps) {
  const { messages: m, language } = useI18n();
  const current = actingForOther(viewer)?.id ?? SELF;
  const [selected, setSelected] = useState(current);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<{ code: string | null } | null>(null);
  const [done, setDone] = useState<{ name: string | null } | null>(null);

  // A reload may change whom the viewer acts for; the picker follows.
  useEffect(() => setSelected(current), [current]);

  const options = [
    {
      id: SELF,
      name: viewer.person?.displayName ?? '',
      label: format(m.actForSelf, { name: viewer.person?.displayName ?? '' }),
    },
    ...viewer.representations.map(({ person, roles }) => {
      const roleNames = roles.flatMap((role) => {
        const key = roleKey(role);
        return key ? [m[key]] : [];
      });
      return {
        id: person.id,
        name: person.displayName,
        label:
          roleNames.length > 0
            ? format(m.actForOption, { name: person.displayName, roles: formatList(roleNames, language) })
            : person.displayName,
      };
    }),
  ];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const choice = options.find((option) => option.id === selected) ?? options[0]!;
    setSaving(true);
    setFailure(null);
    setDone(null);
    const outcome = await actFor(choice.id === SELF ? null : choice.id);
    if (outcome.ok) {
      await reload();
      setDone({ name: choice.id === SELF ? null : choice.name });
    } else {
      setFailure({ code: outcome.code });
      // The viewer must consent first: fetching it again shows the consent page.
      if (outcome.code === 'CONSENT_REQUIRED') await reload();
    }
    setSaving(false);
  }

  return (
    <form onSubmit={submit} className="act-for" data-testid="act-for-form">
      <Fieldset>
        <Fieldset.Legend>{m.actForLegend}</Fieldset.Legend>
        {options.map((option) => (
          <Radio
            key={option.id}
            name="act-for"
            value={option.id}
            checked={selected === option.id}
            onChange={() => setSelected(option.id)}
            label={option.label}
          />
        ))}
      </Fieldset>
      <div>
        <Button type="submit" variant="secondary" loading={saving} aria-disabled={saving || undefined}>
          {m.actForSubmit}
        </Button>
      </div>
      <div role="status" className="act-for__status">
        {done && (
          <Paragraph data-size="sm">
            {done.name === null ? m.actForDoneSelf : format(m.actForDoneOther, { name: done.name })}
          </Paragraph>
        )}
      </div>
      {failure && <MutationError code={failure.code} />}
    </form>
  );
}
