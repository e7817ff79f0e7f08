import type { Translation } from '../messages.ts';
import type { embed as zh } from '../zh/embed.ts';

export const embed = {
  failed: 'Failed to load',
  missing: 'This document cannot be found.',
  open: 'Open in Yuelan',
} satisfies Translation<typeof zh.zh>;
