import { createHash } from 'node:crypto';

/** 'docs/<id>.<hash>.json': the name changes whenever the content does, so hosts may cache for ever. */
export function hashedName(folder: string, stem: string, content: string | Uint8Array, ext = 'json'): string {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
  return `${folder}/${stem}.${hash}.${ext}`;
}
