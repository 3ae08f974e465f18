import type { Suggestion, SuggestionChannel } from '../../../../shared/domain/suggestions.ts';
import { formatMoney } from '../../format/money.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import type { Language } from '../../i18n/languages.ts';
import { loyaltyWords } from '../LoyaltySection/LoyaltySection.messages.ts';
import { reasonMessages as reminderReasons } from '../Reminders/Reminders.messages.ts';
import { channelMessages, explainMessages, reasonMessages } from './Suggestions.messages.ts';

/** Hands a mailto:/sms:/tel: link to the system: Electron's navigation guard passes it to the OS. */
export function openLink(link: string): void {
  const anchor = document.createElement('a');
  anchor.href = link;
  anchor.rel = 'noopener';
  anchor.click();
}

type Numbers = Suggestion['numbers'];
const num = (numbers: Numbers, key: string) => {
  const value = numbers[key];
  return typeof value === 'number' ? value : null;
};
const str = (numbers: Numbers, key: string) => {
  const value = numbers[key];
  return typeof value === 'string' ? value : null;
};
const scoreText = (numbers: Numbers) =>
  [
    [num(numbers, 'csat'), 'CSAT', 5],
    [num(numbers, 'nps'), 'NPS', 10],
    [num(numbers, 'ces'), 'CES', 7],
  ]
    .filter(([value]) => value !== null)
    .map(([value, scale, max]) => `${scale} ${value}/${max}`)
    .join(', ');

/** One reason of a suggestion in words, from its kind and numbers; null when they do not say enough. */
function reasonFromNumbers(s: Suggestion, language: Language, prose: string): string | null {
  const w = pickLanguage(reasonMessages, language);
  const reminder = pickLanguage(reminderReasons, language);
  const n = s.numbers;
  const base = { key: '', dueDate: '', text: prose };
  switch (s.kind) {
    case 'close_the_loop': {
      const [daysAgo, trigger] = [num(n, 'daysAgo'), str(n, 'trigger')];
      if (daysAgo === null || trigger === null) return null;
      return w.closeTheLoop(trigger === 'complaint', scoreText(n), daysAgo, str(n, 'note') ?? '');
    }
    case 'win_back': {
      const [visits, since, interval, last] = [
        num(n, 'visits'),
        num(n, 'daysSinceLastVisit'),
        num(n, 'usualIntervalDays'),
        str(n, 'lastVisitDate'),
      ];
      if (visits === null || since === null || interval === null || interval <= 0 || last === null)
        return null;
      return reminder.overdue({
        ...base,
        kind: 'overdue',
        visits,
        daysSinceLastVisit: since,
        intervalDays: interval,
        // With one visit so far, the rhythm is the shop's typical interval.
        intervalSource: visits > 1 ? 'own' : 'shop',
        lastVisitDate: last,
        overdueFactor: 0,
      });
    }
    case 'we_miss_you': {
      const [pAlive, visits, since, last] = [
        num(n, 'pAlive'),
        num(n, 'visits'),
        num(n, 'daysSinceLastVisit'),
        str(n, 'lastVisitDate'),
      ];
      if (pAlive === null || visits === null || since === null || last === null) return null;
      return reminder.at_risk({
        ...base,
        kind: 'at_risk',
        pAlive,
        visits,
        daysSinceLastVisit: since,
        lastVisitDate: last,
      });
    }
    case 'birthday': {
      const [day, daysAhead] = [str(n, 'birthday'), num(n, 'daysAhead')];
      if (day === null || daysAhead === null) return null;
      return reminder.birthday({
        ...base,
        kind: 'birthday',
        dueDate: day,
        daysAhead,
        turns: num(n, 'turns'),
        leapDayMoved: false,
      });
    }
    case 'thank_you': {
      const daysAgo = num(n, 'firstVisitDaysAgo');
      return daysAgo === null ? null : w.thankYou(daysAgo);
    }
    case 'feedback_request': {
      const daysAgo = num(n, 'purchaseDaysAgo');
      return daysAgo === null ? null : w.feedbackRequest(daysAgo, str(n, 'note') ?? '');
    }
    case 'reward_available': {
      const [points, reward, cost] = [num(n, 'points'), str(n, 'reward'), num(n, 'rewardCost')];
      if (points === null || reward === null || cost === null) return null;
      return w.rewardAvailable(points, reward, cost);
    }
    case 'near_next_tier': {
      const [missing, threshold, tier, measure] = [
        num(n, 'missing'),
        num(n, 'threshold'),
        str(n, 'nextTier'),
        str(n, 'measure'),
      ];
      if (missing === null || threshold === null || tier === null) return null;
      const loyalty = pickLanguage(loyaltyWords, language);
      const amount = (value: number) =>
        measure === 'spend'
          ? formatMoney(value)
          : loyalty.measure(measure === 'visits' ? 'visits' : 'points', value, '');
      return w.nearNextTier(amount(missing), tier, amount(threshold));
    }
    case 'tier_reached': {
      const date = str(n, 'date');
      return date === null ? null : w.tierReached(str(n, 'tier'), date);
    }
    case 'staff_left': {
      const [staff, served, of] = [str(n, 'staff'), num(n, 'servedVisits'), num(n, 'ofVisits')];
      if (staff === null || served === null || of === null) return null;
      return w.staffLeft(staff, served, of);
    }
    case 'picked': {
      const [source, daysAgo] = [str(n, 'source'), num(n, 'pickedDaysAgo')];
      return source === null || daysAgo === null ? null : w.picked(source, daysAgo);
    }
  }
}

/** Why, in the reader's words; the core's own words where its numbers do not say enough. */
export function suggestionReasons(s: Suggestion, language: Language): string[] {
  return s.reasons.map((prose) => reasonFromNumbers(s, language, prose) ?? prose);
}

/**
 * The score's parts and the channel chosen, explained. The core's English says more than its
 * fields (the parts of the value, why no channel is allowed), so English keeps it; Italian is
 * worded from the fields.
 */
export function suggestionExplained(
  s: Suggestion,
  language: Language,
): { score: string[]; channelNote: string } {
  if (language === 'en') return { score: s.scoreExplained, channelNote: s.channelNote };
  const w = pickLanguage(explainMessages, language);
  const channels = pickLanguage(channelMessages, language);
  return {
    score: [
      w.urgency(s.scoreParts.urgency),
      w.value(s.scoreParts.value),
      w.staleness(s.scoreParts.staleness),
    ],
    channelNote:
      s.channel === 'in_person'
        ? w.inPerson
        : w.byChannel(channels[s.channel satisfies SuggestionChannel], s.service),
  };
}
