import type { Language } from '../../i18n/languages.ts';
import { currentLanguage } from '../../i18n/LanguageProvider.tsx';

// Regions whose phone numbers libphonenumber reads (ISO 3166 alpha-2, plus XK for Kosovo). Names
// come from the browser in the language on screen, so no list of names is shipped.
const REGION_CODES = `
AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT
BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH
ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG
NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE
SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA
UG US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW
`
  .split(/\s+/)
  .filter(Boolean);

const regionNames = new Map<Language, Intl.DisplayNames>();

/** "IT" → "Italy" (or "Italia"), in the language on screen; the code itself when the name is unknown. */
export function countryName(code: string, language: Language = currentLanguage()): string {
  let names = regionNames.get(language);
  if (!names) regionNames.set(language, (names = new Intl.DisplayNames(language, { type: 'region' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every region as a Select option, "Italy (IT)", sorted by name in the language on screen. */
export function countryOptions(
  language: Language,
  label: (name: string, code: string) => string,
): { value: string; label: string }[] {
  return REGION_CODES.map((code) => ({ value: code, label: label(countryName(code, language), code) })).sort(
    (a, b) => a.label.localeCompare(b.label, language),
  );
}
