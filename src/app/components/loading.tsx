export type LoadingProps = { label: string };

export function Loading({ label }: LoadingProps) {
  return (
    <p role="status" aria-live="polite" className="py-8 text-center text-stone-500 dark:text-stone-400">
      {label}
    </p>
  );
}
