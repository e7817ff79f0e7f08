import { useState } from 'react';
import { useSettings } from '../features/settings/settings-store.ts';
import { httpsImageUrl } from '../lib/image-url.ts';
import { useMessages } from '../i18n/messages.ts';
import { shell } from '../i18n/zh/shell.ts';

export type RemoteImageProps = { src: string; alt: string; className?: string };

const HTTP_URL = /^https?:\/\//i;

/**
 * An image from an author's server, in a box of fixed size so nothing moves when it loads.
 * It is not requested when remote images are off, and a failure leaves a quiet placeholder.
 */
export function RemoteImage({ src, alt, className }: RemoteImageProps) {
  const { loadImages } = useSettings();
  const m = useMessages(shell);
  const [failed, setFailed] = useState<string | null>(null);
  const show = loadImages && HTTP_URL.test(src) && failed !== src;
  return (
    <div className={`overflow-hidden rounded bg-stone-200 dark:bg-stone-800 ${className ?? ''}`}>
      {show ? (
        <img
          src={httpsImageUrl(src)}
          alt={alt}
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
          onError={() => setFailed(src)}
          className="h-full w-full object-cover"
        />
      ) : (
        <span
          className="flex h-full w-full items-center justify-center text-xs text-stone-600 dark:text-stone-400"
          aria-hidden="true"
        >
          {m.noImage}
        </span>
      )}
    </div>
  );
}
