// A large, deterministic press feed for tests and benchmarks, in the vocabulary of demo/feeds/sample.json.
// Pure ESM so browser tests can import it; only the command-line part below touches Node.
//
//   node scripts/generate-feed.mjs [count=10000] [out=test/fixtures/generated/feed-<count>.json]

const LANGS = ['en', 'sr-Latn', 'sr-Cyrl'];

// [en, sr-Latn, sr-Cyrl] triples, so every generated release reads naturally in its own language.
const TOPICS = [
  ['human-trafficking', 'Human trafficking', 'Trgovina ljudima', 'Трговина људима'],
  ['migrant-smuggling', 'Migrant smuggling', 'Krijumčarenje migranata', 'Кријумчарење миграната'],
  ['high-tech-crime', 'High-tech crime', 'Visokotehnološki kriminal', 'Високотехнолошки криминал'],
  ['organised-crime', 'Organised crime', 'Organizovani kriminal', 'Организовани криминал'],
  ['illegal-migration', 'Illegal migration', 'Ilegalne migracije', 'Илегалне миграције'],
  ['cyber-crime', 'Cyber crime', 'Sajber kriminal', 'Сајбер криминал'],
];

const TITLES = [
  [
    '{topic}: new measures of the Ministry of the Interior',
    '{topic}: nove mere Ministarstva unutrašnjih poslova',
    '{topic}: нове мере Министарства унутрашњих послова',
  ],
  [
    '{topic}: regional meeting within SEPCA',
    '{topic}: regionalni sastanak u okviru SEPCA',
    '{topic}: регионални састанак у оквиру СЕПЦА',
  ],
  [
    '{topic}: EU Twinning project concludes',
    '{topic}: završen Tvining projekat EU',
    '{topic}: завршен Твининг пројекат ЕУ',
  ],
  ['{topic}: statement by {speaker}', '{topic}: izjava – {speaker}', '{topic}: изјава – {speaker}'],
];

// Each official with words taken from the sample releases, and their faithful Serbian rendering.
const SPEAKERS = [
  {
    tag: 'sepca',
    en: [
      'Ivica Dačić',
      'Deputy Prime Minister and Minister of the Interior',
      'Government of Serbia',
      'The formation of an INTERPOL regional bureau in Belgrade would be a historic step for everyone in the region.',
    ],
    'sr-Latn': [
      'Ivica Dačić',
      'potpredsednik Vlade i ministar unutrašnjih poslova',
      'Vlada Srbije',
      'Formiranje regionalnog biroa INTERPOL-a u Beogradu bio bi istorijski korak za sve u regionu.',
    ],
    'sr-Cyrl': [
      'Ивица Дачић',
      'потпредседник Владе и министар унутрашњих послова',
      'Влада Србије',
      'Формирање регионалног бироа Интерпола у Београду био би историјски корак за све у региону.',
    ],
  },
  {
    tag: 'interpol',
    en: [
      'Ahmed Naser Al-Raisi',
      'President',
      'INTERPOL',
      'SEPCA, from the moment of its formation, has been a key platform for debate and coordination of cooperation between regional police forces.',
    ],
    'sr-Latn': [
      'Ahmed Naser al-Raisi',
      'predsednik',
      'INTERPOL',
      'SEPCA je od svog osnivanja ključna platforma za debatu i koordinaciju saradnje policija u regionu.',
    ],
    'sr-Cyrl': [
      'Ахмед Насер ал-Раиси',
      'председник',
      'Интерпол',
      'СЕПЦА је од свог оснивања кључна платформа за дебату и координацију сарадње полиција у региону.',
    ],
  },
  {
    tag: 'eu',
    en: [
      'Michael Davenport',
      'Head of the EU Delegation to Serbia',
      'European Union',
      'Suppression and fighting against illegal migrations and cyber crime in Serbia are important not only to the EU, but are key among Serbia’s efforts to join the EU.',
    ],
    'sr-Latn': [
      'Majkl Devenport',
      'šef Delegacije EU u Srbiji',
      'Evropska unija',
      'Suzbijanje ilegalnih migracija i sajber kriminala u Srbiji važno je ne samo za EU, već je i ključno u naporima Srbije da se pridruži EU.',
    ],
    'sr-Cyrl': [
      'Мајкл Девенпорт',
      'шеф Делегације ЕУ у Србији',
      'Европска унија',
      'Сузбијање илегалних миграција и сајбер криминала у Србији важно је не само за ЕУ, већ је и кључно у напорима Србије да се придружи ЕУ.',
    ],
  },
  {
    tag: 'twinning',
    en: [
      'Nebojša Stefanović',
      'Minister of the Interior',
      'Republic of Serbia',
      'The project has significantly contributed to fighting against illegal migrations and cyber crime.',
    ],
    'sr-Latn': [
      'Nebojša Stefanović',
      'ministar unutrašnjih poslova',
      'Republika Srbija',
      'Projekat je značajno doprineo borbi protiv ilegalnih migracija i sajber kriminala.',
    ],
    'sr-Cyrl': [
      'Небојша Стефановић',
      'министар унутрашњих послова',
      'Република Србија',
      'Пројекат је значајно допринео борби против илегалних миграција и сајбер криминала.',
    ],
  },
  {
    tag: 'eu',
    en: [
      'Denis Keefe',
      'UK Ambassador in Belgrade',
      'United Kingdom',
      'Improvements brought by this project are in the best interest of all Serbian citizens, but the EU’s as well.',
    ],
    'sr-Latn': [
      'Denis Kif',
      'ambasador Ujedinjenog Kraljevstva u Beogradu',
      'Ujedinjeno Kraljevstvo',
      'Poboljšanja koja je doneo ovaj projekat u najboljem su interesu svih građana Srbije, ali i EU.',
    ],
    'sr-Cyrl': [
      'Денис Киф',
      'амбасадор Уједињеног Краљевства у Београду',
      'Уједињено Краљевство',
      'Побољшања која је донео овај пројекат у најбољем су интересу свих грађана Србије, али и ЕУ.',
    ],
  },
];

const CATEGORIES = {
  en: ['International police cooperation', 'EU projects', 'Crime prevention'],
  'sr-Latn': ['Međunarodna policijska saradnja', 'Projekti EU', 'Prevencija kriminala'],
  'sr-Cyrl': ['Међународна полицијска сарадња', 'Пројекти ЕУ', 'Превенција криминала'],
};

const SOURCES = {
  en: [
    'Ministry of the Interior of the Republic of Serbia',
    'Southeast European Police Chiefs Association',
    'Delegation of the European Union to Serbia',
  ],
  'sr-Latn': [
    'Ministarstvo unutrašnjih poslova Republike Srbije',
    'Udruženje šefova policija Jugoistočne Evrope',
    'Delegacija Evropske unije u Srbiji',
  ],
  'sr-Cyrl': [
    'Министарство унутрашњих послова Републике Србије',
    'Удружење шефова полиција Југоисточне Европе',
    'Делегација Европске уније у Србији',
  ],
};

const SENTENCES = {
  en: [
    'Capacities in the fight against {topic} have been further strengthened.',
    'Cooperation with INTERPOL and the EU4FAST project was particularly highlighted.',
    'Organised criminal groups are part of international networks, operating in many countries.',
    'The revision of the SEPCA Threat Assessment document was prepared with regional partners.',
    'The challenges of {topic} cannot be dealt with by one institution alone.',
  ],
  'sr-Latn': [
    'Dodatno su ojačani kapaciteti u borbi protiv pojave: {topic}.',
    'Posebno je istaknuta saradnja sa INTERPOL-om i projektom EU4FAST.',
    'Organizovane kriminalne grupe deo su međunarodnih mreža koje deluju u mnogim zemljama.',
    'Revizija dokumenta SEPCA o proceni pretnji pripremljena je sa partnerima iz regiona.',
    'Izazovi u oblasti – {topic} – ne mogu se rešiti naporima jedne institucije.',
  ],
  'sr-Cyrl': [
    'Додатно су ојачани капацитети у борби против појаве: {topic}.',
    'Посебно је истакнута сарадња са Интерполом и пројектом EU4FAST.',
    'Организоване криминалне групе део су међународних мрежа које делују у многим земљама.',
    'Ревизија документа СЕПЦА о процени претњи припремљена је са партнерима из региона.',
    'Изазови у области – {topic} – не могу се решити напорима једне институције.',
  ],
};

const FROM = Date.UTC(2010, 0, 1);
const TO = Date.UTC(2026, 11, 31);

/** mulberry32: tiny, fast, and the same sequence everywhere for the same seed. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Belgrade local time with its offset, as a press office would write it (summer time roughly Apr–Oct). */
function belgradeTime(ms) {
  const hours = new Date(ms).getUTCMonth() >= 3 && new Date(ms).getUTCMonth() <= 9 ? 2 : 1;
  return `${new Date(ms + hours * 3_600_000).toISOString().slice(0, 19)}+0${hours}:00`;
}

/**
 * A JSON Feed 1.1 object with `_press` and `count` releases in English, Serbian Latin and Serbian
 * Cyrillic, newest first. The same `count` and `seed` always give the same feed.
 */
export function generateFeed(count = 10000, seed = 1) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const items = [];
  for (let i = 0; i < count; i++) {
    const lang = pick(LANGS);
    const l = LANGS.indexOf(lang);
    const topic = pick(TOPICS);
    const speakers = [pick(SPEAKERS), pick(SPEAKERS)].filter((s, k, all) => all.indexOf(s) === k);
    const fill = (s, name = topic[l + 1]) => s.replace('{topic}', name).replace('{speaker}', speakers[0][lang][0]);
    const inSentence = topic[l + 1].charAt(0).toLowerCase() + topic[l + 1].slice(1);
    const pool = [...SENTENCES[lang]];
    const paragraphs = [0, 1, 2].map(() => fill(pool.splice(Math.floor(random() * pool.length), 1)[0], inSentence));
    const tags = [...new Set([topic[0], ...speakers.map((s) => s.tag), pick(TOPICS)[0]])];
    const published = FROM + Math.floor(random() * (TO - FROM));
    const id = `gen-${seed}-${String(i).padStart(String(count).length, '0')}`;
    const item = {
      id,
      url: `releases/${id}.html`,
      title: fill(pick(TITLES)[l]),
      summary: paragraphs[0],
      date_published: belgradeTime(published),
      tags,
      language: lang,
      _press: {
        category: pick(CATEGORIES[lang]),
        source: pick(SOURCES[lang]),
        quotes: speakers.map((s) => {
          const [speaker, role, organisation, text] = s[lang];
          return { text, speaker, role, organisation };
        }),
      },
    };
    // A mix of shapes, as real feeds have: text-only items, HTML with markup, images, later edits.
    if (random() < 0.8) {
      const [first, ...rest] = paragraphs.map(escape);
      item.content_html = `<p><strong>${first}</strong></p>${rest.map((p) => `<p>${p}</p>`).join('')}<p><a href="releases/${id}.html">${id}</a></p>`;
    }
    if (!item.content_html || random() < 0.5) item.content_text = paragraphs.join('\n\n');
    if (random() < 0.2) {
      item.image = `images/${topic[0]}.jpg`;
      item._press.image_alt = topic[l + 1];
    }
    if (random() < 0.1) item.date_modified = belgradeTime(published + Math.floor(random() * 30 * 86_400_000));
    const previous = items[i - 1];
    if (previous && previous.language !== lang && random() < 0.2)
      item._press.translations = { [previous.language]: previous.id };
    items.push(item);
  }
  items.sort((a, b) => Date.parse(b.date_published) - Date.parse(a.date_published) || a.id.localeCompare(b.id));
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `Generated press feed (${count} releases, seed ${seed})`,
    description: 'Generated for tests and benchmarks from the sample releases. The dates are sample dates.',
    language: 'en',
    authors: [{ name: 'Press Office, Ministry of the Interior of the Republic of Serbia' }],
    _press: { sample: true, organisation: { name: 'Ministry of the Interior of the Republic of Serbia' } },
    items,
  };
}

// A computed specifier, so browser dev servers do not try to resolve node: modules they never load.
const node = (name) => import(`node:${name}`);

if (globalThis.process?.argv?.[1] && import.meta.url === (await node('url')).pathToFileURL(process.argv[1]).href) {
  const [{ mkdirSync, writeFileSync }, { dirname }, { fileURLToPath }] = await Promise.all([
    node('fs'),
    node('path'),
    node('url'),
  ]);
  const count = Number(process.argv[2] ?? 10000);
  if (!Number.isInteger(count) || count < 0) {
    console.error('usage: node scripts/generate-feed.mjs [count] [out]');
    process.exit(1);
  }
  const out =
    process.argv[3] ?? fileURLToPath(new URL(`../test/fixtures/generated/feed-${count}.json`, import.meta.url));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(generateFeed(count)));
  console.log(`${out}: ${count} releases`);
}
