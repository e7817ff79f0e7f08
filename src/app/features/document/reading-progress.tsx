import { useEffect, useState } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { reader } from '../../i18n/zh/reader.ts';

/** How far through the document (an article, or a whole report) the reader is, as a thin bar at the top. */
export function ReadingProgress() {
  const m = useMessages(reader);
  const [percent, setPercent] = useState(0);
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const max = document.documentElement.scrollHeight - window.innerHeight;
      setPercent(max <= 0 ? 100 : Math.min(100, Math.max(0, Math.round((window.scrollY / max) * 100))));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
  return (
    <div
      role="progressbar"
      aria-label={m.progress}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className="fixed top-0 left-0 z-40 h-1 w-full bg-transparent"
    >
      <div
        className="h-full origin-left bg-red-700 transition-transform dark:bg-red-400"
        style={{ transform: `scaleX(${percent / 100})` }}
      />
    </div>
  );
}
