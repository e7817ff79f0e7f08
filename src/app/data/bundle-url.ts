import { DATA_DIR, MANIFEST_FILE } from '#shared/bundle-schema.ts';

/** Every data URL goes through here, so the app works under any base path. */
export function dataUrl(name: string): string {
  return `${import.meta.env.BASE_URL}${DATA_DIR}/${name}`;
}

export const manifestUrl = (): string => dataUrl(MANIFEST_FILE);
