import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import {
  type CaseFilter,
  type CaseStatus,
  type CaseTypeOption,
  caseStatuses,
  emptyFilter,
} from '../../api/cases';
import { useMessages } from '../../i18n/I18nProvider';
import { statusKeys } from './caseTexts';

interface CaseFilterFormProps {
  caseTypes: readonly CaseTypeOption[];
  onSearch(filter: CaseFilter): void;
}

/**
 * Search (case number or a party's name), status and case type. The search is sent in a POST body
 * only: it may be a person's name, so it never goes into the address.
 */
export function CaseFilterForm({ caseTypes, onSearch }: CaseFilterFormProps) {
  const m = useMessages();
  const statusId = useId();
  const typeId = useId();
  const [filter, setFilter] = useState<CaseFilter>(emptyFilter);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch({ ...filter, search: filter.search.trim() });
  }

  function reset() {
    setFilter(emptyFilter);
    onSearch(emptyFilter);
  }

  return (
    <search aria-label={m.caseFilterLabel}>
      <form noValidate onSubmit={submit} className="case-filter" data-testid="case-filter">
        <Textfield
          className="case-filter__search"
          label={m.caseSearchLabel}
          description={m.caseSearchDescription}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={filter.search}
          onChange={(event) => setFilter({ ...filter, search: event.target.value })}
          data-testid="case-search"
        />
        <Field className="case-filter__select">
          <Label htmlFor={statusId}>{m.caseStatusFilterLabel}</Label>
          <Select
            id={statusId}
            value={filter.status}
            onChange={(event) => setFilter({ ...filter, status: event.target.value as CaseStatus | '' })}
            data-testid="case-status-filter"
          >
            <Select.Option value="">{m.caseStatusAll}</Select.Option>
            {caseStatuses.map((status) => (
              <Select.Option key={status} value={status}>
                {m[statusKeys[status]]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field className="case-filter__select">
          <Label htmlFor={typeId}>{m.caseTypeFilterLabel}</Label>
          <Select
            id={typeId}
            value={filter.caseType}
            onChange={(event) => setFilter({ ...filter, caseType: event.target.value })}
            data-testid="case-type-filter"
          >
            <Select.Option value="">{m.caseTypeAll}</Select.Option>
            {caseTypes.map((type) => (
              <Select.Option key={type.code} value={type.code}>
                {type.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div className="case-filter__actions">
          <Button type="submit">{m.caseSearchSubmit}</Button>
          <Button type="button" variant="tertiary" onClick={reset}>
            {m.caseSearchReset}
          </Button>
        </div>
      </form>
    </search>
  );
}
