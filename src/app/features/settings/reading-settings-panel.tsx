import { useId, type ReactNode } from 'react';
import { applyReading, applyTheme } from './theme.ts';
import { THEME_LABEL_KEYS } from './theme-toggle.tsx';
import {
  FONT_SIZES,
  LANGUAGE_CHOICES,
  LINE_HEIGHTS,
  TEXT_WIDTHS,
  SCRIPTS,
  THEMES,
  TYPEFACES,
  updateSettings,
  useSettings,
  type Settings,
} from './settings-store.ts';
import { chooseUiLanguage, useMessages } from '../../i18n/messages.ts';
import { readingSettings } from '../../i18n/zh/reading-settings.ts';
import { shell } from '../../i18n/zh/shell.ts';

/** The keys of a catalogue whose messages are plain words. */
type WordKey<M> = { [K in keyof M]: M[K] extends string ? K : never }[keyof M];

/** Each option's name, from the catalogue key it is called by. */
function labelsOf<M, T extends string>(m: M, keys: Record<T, WordKey<M>>): Record<T, string> {
  return Object.fromEntries(
    Object.entries<WordKey<M>>(keys).map(([option, key]) => [option, String(m[key])]),
  ) as Record<T, string>;
}
const LINE_HEIGHT_KEYS = { tight: 'lineTight', normal: 'lineNormal', loose: 'lineLoose' } as const;
const WIDTH_KEYS = { narrow: 'widthNarrow', normal: 'widthNormal', wide: 'widthWide' } as const;
const TYPEFACE_KEYS = { sans: 'sans', serif: 'serif' } as const;
const SCRIPT_KEYS = {
  simplified: 'simplified',
  'traditional-tw': 'traditionalTw',
  'traditional-hk': 'traditionalHk',
} as const;
const LANGUAGE_KEYS = { auto: 'languageAuto', 'zh-CN': 'languageZh', en: 'languageEn' } as const;

function change(patch: Partial<Settings>): void {
  updateSettings(patch);
  applyTheme();
  applyReading();
}

type ChoiceProps<T extends string> = {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  /** The language of an option's name when it is not the interface's (English, 中文). */
  langs?: Partial<Record<T, string>>;
  value: T;
  onChange: (value: T) => void;
};

/** One setting as a row of radio buttons: arrow keys move within it, as in any radio group. */
function Choice<T extends string>({ legend, options, labels, langs, value, onChange }: ChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="mb-3">
      <legend className="mb-1 text-xs font-medium text-stone-600 dark:text-stone-300">{legend}</legend>
      <div className="flex flex-wrap gap-1">
        {options.map((option) => (
          <label
            key={option}
            lang={langs?.[option]}
            className="cursor-pointer rounded-md border border-stone-300 px-2 py-1 text-sm has-[:checked]:border-red-800 has-[:checked]:bg-red-50 has-[:focus-visible]:outline-2 dark:border-stone-700 dark:has-[:checked]:border-red-300 dark:has-[:checked]:bg-red-950"
          >
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="sr-only"
            />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="mb-3" role="group" aria-label={label}>
      <div className="mb-1 text-xs font-medium text-stone-600 dark:text-stone-300" aria-hidden="true">
        {label}
      </div>
      {children}
    </div>
  );
}

/** The panel's controls, loaded when the panel first opens: most readers never open it. */
export function ReadingSettingsPanel() {
  const settings = useSettings();
  const m = useMessages(readingSettings);
  const shellMessages = useMessages(shell);
  const size = FONT_SIZES[settings.fontSize] ?? FONT_SIZES[2];
  const smaller = settings.fontSize > 0;
  const larger = settings.fontSize < FONT_SIZES.length - 1;
  return (
    <>
      <Row label={m.fontSize}>
        <div className="flex items-center gap-2">
          <button
            type="button"
            disabled={!smaller}
            onClick={() => change({ fontSize: settings.fontSize - 1 })}
            className="rounded-md border border-stone-300 px-2 py-0.5 text-sm disabled:opacity-40 dark:border-stone-700"
          >
            <span aria-hidden="true">A−</span>
            <span className="sr-only">{m.smaller}</span>
          </button>
          <output aria-live="polite" className="min-w-16 text-center text-sm tabular-nums">
            {m.sizeStep(size, settings.fontSize + 1, FONT_SIZES.length)}
          </output>
          <button
            type="button"
            disabled={!larger}
            onClick={() => change({ fontSize: settings.fontSize + 1 })}
            className="rounded-md border border-stone-300 px-2 py-0.5 text-base disabled:opacity-40 dark:border-stone-700"
          >
            <span aria-hidden="true">A+</span>
            <span className="sr-only">{m.larger}</span>
          </button>
        </div>
      </Row>
      <Choice
        legend={m.lineHeight}
        options={LINE_HEIGHTS}
        labels={labelsOf(m, LINE_HEIGHT_KEYS)}
        value={settings.lineHeight}
        onChange={(lineHeight) => change({ lineHeight })}
      />
      <Choice
        legend={m.width}
        options={TEXT_WIDTHS}
        labels={labelsOf(m, WIDTH_KEYS)}
        value={settings.width}
        onChange={(width) => change({ width })}
      />
      <Choice
        legend={m.typeface}
        options={TYPEFACES}
        labels={labelsOf(m, TYPEFACE_KEYS)}
        value={settings.typeface}
        onChange={(typeface) => change({ typeface })}
      />
      <Choice
        legend={m.script}
        options={SCRIPTS}
        labels={labelsOf(m, SCRIPT_KEYS)}
        value={settings.script}
        onChange={(script) => change({ script })}
      />
      <Choice
        legend={m.theme}
        options={THEMES}
        labels={labelsOf(shellMessages, THEME_LABEL_KEYS)}
        value={settings.theme}
        onChange={(theme) => change({ theme })}
      />
      <label className="mb-3 flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={settings.cjkSpacing}
          onChange={(event) => change({ cjkSpacing: event.target.checked })}
          className="mt-1 accent-red-800"
        />
        <span>{m.cjkSpacing}</span>
      </label>
      <Choice
        legend={m.language}
        options={LANGUAGE_CHOICES}
        labels={labelsOf(m, LANGUAGE_KEYS)}
        langs={{ auto: undefined, 'zh-CN': 'zh-CN', en: 'en' }}
        value={settings.language}
        onChange={(language) => void chooseUiLanguage(language)}
      />
    </>
  );
}
