import { expect, test } from 'vitest';
import { attentionKindFromHeads, attentionKindOf } from '../../src/values/attention-kind.ts';

test('attentionKindFromHeads(32, 32) is multi-head attention', () => {
  expect(attentionKindFromHeads(32, 32)).toBe('mha');
});

test('attentionKindFromHeads(48, 1) is multi-query attention', () => {
  expect(attentionKindFromHeads(48, 1)).toBe('mqa');
});

test('attentionKindFromHeads(64, 8) is grouped-query attention', () => {
  expect(attentionKindFromHeads(64, 8)).toBe('gqa');
});

test('attentionKindFromHeads is unknown when either count is', () => {
  expect(attentionKindFromHeads(undefined, 8)).toBeUndefined();
  expect(attentionKindFromHeads(64, undefined)).toBeUndefined();
});

test('attentionKindOf prefers the recorded kind (mla is never derived) and falls back to the head counts', () => {
  expect(attentionKindOf({ attention_kind: 'mla', attention_heads: 128, kv_heads: 128 })).toBe('mla');
  expect(attentionKindOf({ attention_heads: 64, kv_heads: 8 })).toBe('gqa');
  expect(attentionKindOf({})).toBeUndefined();
});
