import { useEffect, useState } from 'react';
import { type CaseTypeOption, fetchCaseTypes } from '../../api/cases';
import { useI18n } from '../../i18n/I18nProvider';
import { toGraphQLLanguage } from '../../i18n/languages';

/** The case types (named in the current language) for filters and the register form; empty until loaded. */
export function useCaseTypes(): CaseTypeOption[] {
  const { language } = useI18n();
  const [types, setTypes] = useState<CaseTypeOption[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    fetchCaseTypes(toGraphQLLanguage(language), controller.signal).then(
      (loaded) => {
        if (!controller.signal.aborted) setTypes(loaded);
      },
      () => {}, // the filter then offers "all case types" only
    );
    return () => controller.abort();
  }, [language]);
  return types;
}
