import { useId, type ReactNode } from 'react';
import { applyReading, applyTheme } from './theme.ts';
import { THEME_LABELS } from './theme-toggle.tsx';
import {
  FONT_SIZES,
  LINE_HEIGHTS,
  TEXT_WIDTHS,
  SCRIPTS,
  THEMES,
  TYPEFACES,
  updateSettings,
  useSettings,
  type Settings,
} from './settings-store.ts';

const LINE_HEIGHT_LABELS = { tight: '紧凑', normal: '适中', loose: '宽松' } as const;
const WIDTH_LABELS = { narrow: '窄', normal: '适中', wide: '宽' } as const;
const TYPEFACE_LABELS = { sans: '黑体', serif: '宋体' } as const;
const SCRIPT_LABELS = {
  simplified: '简体',
  'traditional-tw': '繁體（台灣）',
  'traditional-hk': '繁體（香港）',
} as const;

function change(patch: Partial<Settings>): void {
  updateSettings(patch);
  applyTheme();
  applyReading();
}

type ChoiceProps<T extends string> = {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
};

/** One setting as a row of radio buttons: arrow keys move within it, as in any radio group. */
function Choice<T extends string>({ legend, options, labels, value, onChange }: ChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="mb-3">
      <legend className="mb-1 text-xs font-medium text-stone-600 dark:text-stone-300">{legend}</legend>
      <div className="flex flex-wrap gap-1">
        {options.map((option) => (
          <label
            key={option}
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
  const size = FONT_SIZES[settings.fontSize] ?? FONT_SIZES[2];
  const smaller = settings.fontSize > 0;
  const larger = settings.fontSize < FONT_SIZES.length - 1;
  return (
    <>
      <Row label="字号">
        <div className="flex items-center gap-2">
          <button
            type="button"
            disabled={!smaller}
            onClick={() => change({ fontSize: settings.fontSize - 1 })}
            className="rounded-md border border-stone-300 px-2 py-0.5 text-sm disabled:opacity-40 dark:border-stone-700"
          >
            <span aria-hidden="true">A−</span>
            <span className="sr-only">减小字号</span>
          </button>
          <output aria-live="polite" className="min-w-16 text-center text-sm tabular-nums">
            {size} px（{settings.fontSize + 1}/{FONT_SIZES.length}）
          </output>
          <button
            type="button"
            disabled={!larger}
            onClick={() => change({ fontSize: settings.fontSize + 1 })}
            className="rounded-md border border-stone-300 px-2 py-0.5 text-base disabled:opacity-40 dark:border-stone-700"
          >
            <span aria-hidden="true">A+</span>
            <span className="sr-only">增大字号</span>
          </button>
        </div>
      </Row>
      <Choice
        legend="行距"
        options={LINE_HEIGHTS}
        labels={LINE_HEIGHT_LABELS}
        value={settings.lineHeight}
        onChange={(lineHeight) => change({ lineHeight })}
      />
      <Choice
        legend="版心宽度"
        options={TEXT_WIDTHS}
        labels={WIDTH_LABELS}
        value={settings.width}
        onChange={(width) => change({ width })}
      />
      <Choice
        legend="字体"
        options={TYPEFACES}
        labels={TYPEFACE_LABELS}
        value={settings.typeface}
        onChange={(typeface) => change({ typeface })}
      />
      <Choice
        legend="文字（正文转换，不改原文）"
        options={SCRIPTS}
        labels={SCRIPT_LABELS}
        value={settings.script}
        onChange={(script) => change({ script })}
      />
      <Choice
        legend="主题"
        options={THEMES}
        labels={THEME_LABELS}
        value={settings.theme}
        onChange={(theme) => change({ theme })}
      />
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={settings.cjkSpacing}
          onChange={(event) => change({ cjkSpacing: event.target.checked })}
          className="mt-1 accent-red-800"
        />
        <span>中西文间自动留空、标点挤压（浏览器支持时）</span>
      </label>
    </>
  );
}
