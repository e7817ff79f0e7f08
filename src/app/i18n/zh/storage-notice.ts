import { defineMessages } from '../messages.ts';

/** Why the reader's choices will not be remembered (loaded only then). */
export const storageNotice = defineMessages('storageNotice', {
  unavailable: '浏览器不允许本站保存数据（可能处于隐私模式）：设置只在本次访问中有效。',
  full: '浏览器存储已满：设置无法保存，只在本次访问中有效。',
  corrupt: '保存的设置无法读取，已改用默认设置。',
  understood: '知道了',
});
