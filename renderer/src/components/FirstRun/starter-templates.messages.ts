import type { SuggestionKind } from '../../../../shared/domain/suggestions.ts';
import type { Language } from '../../i18n/languages.ts';

/**
 * The follow-up messages a shop starts with, in its owner's language: the core's defaults are
 * English, so a shop set up in another language gets its own as edited templates (changeable in
 * Settings like any other). Merge fields keep their names.
 */
export const STARTER_TEMPLATES: Partial<Record<Language, Record<SuggestionKind, string>>> = {
  it: {
    close_the_loop:
      'Ciao {firstName}, sono {shopName}. Ci dispiace che la tua ultima visita non sia andata come doveva. Possiamo rimediare?',
    win_back:
      'Ciao {firstName}, sono passati {daysSinceLastVisit} giorni! Il tuo {usualItem} ti aspetta da {shopName}.',
    we_miss_you: 'Ciao {firstName}, da {shopName} ci manchi. Vieni a trovarci presto!',
    thank_you: 'Grazie della tua prima visita da {shopName}, {firstName}! Speriamo di rivederti presto.',
    feedback_request:
      "Ciao {firstName}, com'era il tuo {usualItem}? Una tua parola aiuta {shopName} a fare sempre meglio.",
    reward_available: 'Ciao {firstName}, hai {points} punti: {reward} ti aspetta da {shopName}!',
    near_next_tier:
      'Ciao {firstName}, ti mancano solo {pointsToNextTier} per diventare {nextTier} da {shopName}.',
    tier_reached: 'Complimenti {firstName}, ora sei {nextTier} da {shopName}!',
    birthday: 'Buon compleanno {firstName}! Tutti da {shopName} ti augurano una splendida giornata.',
    staff_left:
      'Ciao {firstName}, {lastStaff} non lavora più da {shopName}. Vorremmo prenderci cura di te allo stesso modo: vieni a conoscere il resto del team.',
    picked: 'Ciao {firstName}, da {shopName} abbiamo pensato a te. Ci farebbe piacere rivederti presto!',
  },
};
