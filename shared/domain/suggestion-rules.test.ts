import { describe, expect, it } from 'vitest';
import { contactLink } from './suggestion-links.ts';
import { chooseChannel, scoreSuggestion } from './suggestion-ranking.ts';
import { renderTemplate, SAMPLE_MERGE_VALUES } from './suggestion-templates.ts';

const base = { service: false, preferred: '' as const, consented: [], reachable: [], doNotContact: false };

describe('chooseChannel', () => {
  it('sends marketing only where there is consent and an address', () => {
    expect(chooseChannel({ ...base, consented: ['email'], reachable: ['sms', 'phone'] })).toMatchObject({
      channel: 'in_person',
      allowed: [],
    });
    expect(
      chooseChannel({ ...base, consented: ['email', 'sms'], reachable: ['email', 'sms', 'phone'] }),
    ).toEqual({
      channel: 'email',
      allowed: ['email', 'sms'],
      note: 'By e-mail, with consent.',
    });
  });

  it('lets a service message use any channel on file, and follows the preference when allowed', () => {
    const facts = {
      ...base,
      service: true,
      preferred: 'phone' as const,
      reachable: ['sms', 'phone'] as const,
    };
    expect(chooseChannel({ ...facts, reachable: [...facts.reachable] })).toMatchObject({
      channel: 'phone',
      allowed: ['sms', 'phone'],
    });
  });

  it('keeps marketing away from a customer who asked not to be contacted, but not a service message', () => {
    const facts = { ...base, consented: ['sms' as const], reachable: ['sms' as const], doNotContact: true };
    expect(chooseChannel(facts).channel).toBe('in_person');
    expect(chooseChannel({ ...facts, service: true }).channel).toBe('sms');
  });
});

describe('renderTemplate', () => {
  it('fills fields with accents, tidies around empty ones and names them, leaves unknown ones', () => {
    const rendered = renderTemplate('Olá {firstName}, {reward} at {shopName}! {nickname}', {
      ...SAMPLE_MERGE_VALUES,
      reward: '',
    });
    expect(rendered).toEqual({
      text: 'Olá Zoë, at Chez Lúcia! {nickname}',
      empty: ['reward'],
      unknown: ['nickname'],
    });
  });
});

describe('scoreSuggestion and contactLink', () => {
  it('adds urgency, value and staleness, each capped', () => {
    const scored = scoreSuggestion(60, { spendMinor: 999_900, visits: 30, pAlive: 1, daysSinceContact: 400 });
    expect(scored.parts).toEqual({ urgency: 60, value: 20, staleness: 10 });
    expect(scored.score).toBe(90);
  });

  it('builds mailto:, sms: and tel: links, and none for a letter', () => {
    const to = { email: 'zoë@example.com', phone: '+39 333 123-4567' };
    expect(contactLink('email', to, 'Olá & bye')).toBe(
      'mailto:zo%C3%AB@example.com?body=Ol%C3%A1%20%26%20bye',
    );
    expect(contactLink('sms', to, 'hi')).toBe('sms:+393331234567?body=hi');
    expect(contactLink('phone', to, 'hi')).toBe('tel:+393331234567');
    expect(contactLink('post', to, 'hi')).toBeNull();
  });
});
