import { describe, expect, test } from 'vitest';
import {
  appendPostings,
  decodeShard,
  encodePostings,
  encodeShard,
  PostingsWriter,
  ShardFormatError,
} from '../../../src/shared/search-shard.ts';

const postings = new Map<string, number[]>([
  // Unit-level: unit, field bitmask, count.
  ['c:制', [0, 16, 3, 7, 1, 1, 20000, 24, 9]],
  // Positional: unit, count, delta-coded positions.
  ['人工', [2, 2, 16384, 40, 300, 1, 5]],
  ['w:sensecore', [70000, 1, 4096]],
  ['b:ai|伦', [1, 3, 1, 1, 1]],
  ['𠮷野', [5, 1, 70000]],
]);

describe('shared/search-shard', () => {
  test('gives back every gram and its postings exactly', () => {
    const shard = decodeShard(encodeShard(postings));
    expect([...shard.grams()]).toEqual([...postings.keys()]);
    const unigram = shard.unigram('c:制');
    expect([...(unigram?.units ?? [])]).toEqual([0, 7, 20000]);
    expect([...(unigram?.masks ?? [])]).toEqual([16, 1, 24]);
    // Positions come back absolute: the list holds them delta-coded.
    const renGong = shard.positional('人工');
    expect([...(renGong?.units ?? [])]).toEqual([2, 300]);
    expect([...(renGong?.offsets ?? [])]).toEqual([0, 2, 3]);
    expect([...(renGong?.positions ?? [])]).toEqual([16384, 16424, 5]);
    expect([...(shard.positional('w:sensecore')?.units ?? [])]).toEqual([70000]);
    expect([...(shard.positional('b:ai|伦')?.positions ?? [])]).toEqual([1, 2, 3]);
    expect([...(shard.positional('𠮷野')?.positions ?? [])]).toEqual([70000]);
    expect(shard.positional('不在')).toBeUndefined();
    expect(shard.positional('c:制')).toBeUndefined();
    expect(shard.unigram('人工')).toBeUndefined();
  });

  test('spends about one byte on a small number', () => {
    const many = new Map([['数据', Array.from({ length: 1000 }, (_, i) => [i * 2, 1, 3]).flat()]]);
    const bytes = encodeShard(many).length;
    expect(bytes).toBeLessThan(3100);
    expect(bytes).toBeLessThan(JSON.stringify(Object.fromEntries(many)).length / 2);
  });

  test('rejects what is not a shard, and a truncated one', () => {
    expect(() => decodeShard(new TextEncoder().encode('{"c:制":[1,2,3]}'))).toThrow(ShardFormatError);
    const bytes = encodeShard(postings);
    expect(() => decodeShard(bytes.subarray(0, bytes.length - 1))).toThrow(ShardFormatError);
  });

  test('refuses numbers it cannot write', () => {
    expect(() => encodeShard(new Map([['人工', [1, 1, -4]]]))).toThrow(RangeError);
  });

  test('the streaming writer gives the same bytes as encoding the whole list', () => {
    const positional = new PostingsWriter(false);
    for (const [unit, pos] of [
      [2, 16384],
      [2, 16424],
      [300, 5],
      [70000, 4096],
    ] as const)
      positional.position(unit, pos);
    expect(positional.finish()).toEqual(encodePostings('人工', [2, 2, 16384, 40, 300, 1, 5, 70000, 1, 4096]));
    const unigram = new PostingsWriter(true);
    unigram.field(0, 16);
    unigram.field(0, 16);
    unigram.field(0, 1);
    unigram.field(7, 1);
    expect(unigram.finish()).toEqual(encodePostings('c:制', [0, 17, 3, 7, 1, 1]));
  });

  test('postings of consecutive runs of units, appended, are what one writer writes', () => {
    const units = [5, 200, 201, 70_000, 70_001, 2_000_000];
    for (const unigram of [true, false]) {
      const write = (list: number[]) => {
        const writer = new PostingsWriter(unigram);
        for (const unit of list) {
          if (unigram) writer.field(unit, 1 + (unit % 3));
          else for (const pos of [unit % 7, 9, 300]) writer.position(unit, pos);
        }
        return { lastUnit: writer.lastUnit, bytes: writer.finish() };
      };
      const whole = write(units).bytes;
      for (let cut = 1; cut < units.length; cut++) {
        const first = write(units.slice(0, cut));
        const pieces = appendPostings(first.bytes, first.lastUnit, write(units.slice(cut)).bytes);
        expect(Buffer.concat(pieces)).toEqual(Buffer.from(whole));
      }
    }
  });
});
