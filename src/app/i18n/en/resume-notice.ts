import type { Translation } from '../messages.ts';
import type { resumeNotice as zh } from '../zh/resume-notice.ts';

export const resumeNotice = {
  resumed: (percent: number) => `Back where you left off (${percent}%)`,
  startOver: 'Start from the top',
  dismiss: 'Close',
} satisfies Translation<typeof zh.zh>;
