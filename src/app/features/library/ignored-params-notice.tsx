import { useMessages } from '../../i18n/messages.ts';
import { library } from '../../i18n/zh/library.ts';
export type IgnoredParamsNoticeProps = { ignored: readonly { param: string; value: string }[] };

/** Unknown values in a shared link are ignored, and the reader is told which. */
export function IgnoredParamsNotice({ ignored }: IgnoredParamsNoticeProps) {
  const m = useMessages(library);
  if (ignored.length === 0) return null;
  return (
    <p
      role="status"
      className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
    >
      {m.ignoredParams}
      {ignored.map(({ param, value }, i) => (
        <span key={`${param}=${value}`}>
          {i > 0 ? m.listSeparator : ''}
          <code className="px-0.5">
            {param}={value}
          </code>
        </span>
      ))}
    </p>
  );
}
