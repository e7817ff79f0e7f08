import { useEffect } from 'react';
import { Link } from 'react-router';
import { paths } from '../paths.ts';

export function NotFoundRoute() {
  useEffect(() => {
    document.title = '找不到页面 · 阅览';
  }, []);
  return (
    <section aria-labelledby="not-found-title" className="py-12 text-center">
      <h1 id="not-found-title" className="text-2xl font-semibold">
        找不到这个页面
      </h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">链接可能有误，或文档已不在文库中。</p>
      <p className="mt-4">
        <Link to={paths.home.href()} className="text-red-800 underline dark:text-red-300">
          回到文库首页
        </Link>
      </p>
    </section>
  );
}
