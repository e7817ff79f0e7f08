import { useEffect } from 'react';
import { Link } from 'react-router';
import { paths } from '../paths.ts';
import { messagesOf, useMessages } from '../i18n/messages.ts';
import { notFound } from '../i18n/zh/not-found.ts';
import { shell } from '../i18n/zh/shell.ts';

export function NotFoundRoute() {
  const m = useMessages(notFound);
  const title = messagesOf(shell).pageTitle(m.pageTitle);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <section aria-labelledby="not-found-title" className="py-12 text-center">
      <h1 id="not-found-title" className="text-2xl font-semibold">
        {m.title}
      </h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">{m.explain}</p>
      <p className="mt-4">
        <Link to={paths.home.href()} className="text-red-800 underline dark:text-red-300">
          {m.home}
        </Link>
      </p>
    </section>
  );
}
