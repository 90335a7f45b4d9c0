import { Button } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/I18nProvider';
import { type Language, languages } from '../i18n/languages';
import type { MessageKey } from '../i18n/messages';

const languageNameKey: Readonly<Record<Language, MessageKey>> = {
  nb: 'languageNameNb',
  nn: 'languageNameNn',
  en: 'languageNameEn',
};

/** One toggle button per language; each name is written in its own language (and marked up with `lang`). */
export function LanguageSwitch() {
  const { language, messages, setLanguage } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend className="language-switch__label">{messages.languageLabel}</legend>
      {languages.map((option) => (
        <Button
          key={option}
          type="button"
          data-size="sm"
          variant={option === language ? 'primary' : 'tertiary'}
          lang={option}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {messages[languageNameKey[option]]}
        </Button>
      ))}
    </fieldset>
  );
}
