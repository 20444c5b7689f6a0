import { describe, expect, it } from 'vitest';
import { newPassphraseProblem } from '../../../src/lib/new-passphrase';

describe('checking a new passphrase', () => {
  it('asks for at least the minimum length, counting what a person sees', () => {
    expect(newPassphraseProblem('short', 'short', 8)).toEqual({
      field: 'passphrase',
      message: expect.stringContaining('at least 8 characters'),
    });
    expect(newPassphraseProblem('   abc   ', '   abc   ', 8)?.field).toBe('passphrase');
    expect(newPassphraseProblem('🌙🌙🌙🌙', '🌙🌙🌙🌙', 8)?.field).toBe('passphrase');
  });

  it('says when the two do not match, beside the second', () => {
    expect(newPassphraseProblem('quiet river stones', 'quiet river stone', 8)).toEqual({
      field: 'confirm',
      message: 'The two passphrases are not the same. Please type it again.',
    });
  });

  it('accepts a long enough passphrase typed the same twice', () => {
    expect(newPassphraseProblem('quiet river stones', 'quiet river stones', 8)).toBeNull();
  });
});
