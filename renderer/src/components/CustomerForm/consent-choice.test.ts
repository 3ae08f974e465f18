import { describe, expect, it } from 'vitest';
import { chooseConsent } from './consent-choice.ts';

describe('chooseConsent', () => {
  it('records a newly ticked box as given at the counter', () => {
    expect(chooseConsent([], [], 'email', true)).toEqual([
      { channel: 'email', granted: true, source: 'counter' },
    ]);
  });

  it('leaves a channel never answered unanswered when its box is ticked and unticked again', () => {
    const ticked = chooseConsent([], [], 'sms', true);
    expect(chooseConsent(ticked, [], 'sms', false)).toEqual([]);
  });

  it('records a withdrawal of saved consent, and restores the saved record when ticked back', () => {
    const saved = [{ channel: 'post' as const, granted: true, source: 'import' }];
    const withdrawn = chooseConsent(saved, saved, 'post', false);
    expect(withdrawn).toEqual([{ channel: 'post', granted: false, source: 'counter' }]);
    expect(chooseConsent(withdrawn, saved, 'post', true)).toEqual(saved);
  });
});
