// The demo's synthetic sample releases: made-up news, people, quotes and pictures, so that the demo page can
// show what two real releases cannot (pictures, pages of releases, many topics and quotes). Every title
// begins "Sample release", every source, speaker and picture says "sample" or "synthetic", and the text
// says that nothing in it happened. Deterministic: the same files on every run, committed, and built into
// demo/feeds/synthetic.json by `press-widgets build` like the real releases (npm run demo-feed).
//
//   node scripts/demo-sample.mjs [folder=demo/synthetic]   writes <folder>/releases/*.md, <folder>/images/*.svg
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

const organisation = 'Demo Ministry of the Interior (synthetic)';
const source = 'Synthetic sample data for the press-widgets demo';
const people = {
  jana: ['Jana Sample', 'Spokesperson'],
  marko: ['Marko Example', 'Head of the Traffic Police'],
  petra: ['Petra Placeholder', 'Director of the Police Academy'],
  luka: ['Luka Demo', 'Chief of Emergency Services'],
  mila: ['Mila Mockup', 'Head of the Cyber Crime Unit'],
};

// Seven topics of four releases each: [headline, second topic, what happened, what was said, who said it].
const topics = [
  {
    tag: 'road-safety',
    category: 'Road safety',
    picture: 'road',
    alt: 'a road with lane markings running to the horizon',
    hue: 205,
    releases: [
      [
        'Road safety week opens with visits to primary schools',
        'schools',
        'Traffic officers visit primary schools to practise crossing the road with the youngest pupils.',
        'Every child who gets to school safely is the measure of this week.',
        'marko',
      ],
      [
        'Winter tyre checks on regional roads',
        'winter',
        'Patrols check tyres and lights on regional roads before the first snow.',
        'A check at the roadside takes two minutes; a skid on ice can take a life.',
        'marko',
      ],
      [
        'New pedestrian crossings near schools',
        'schools',
        'Ten crossings near schools get lights, markings and a patrol at opening time.',
        'We put the crossings where the children already walk.',
        'jana',
      ],
      [
        'Annual road safety figures published',
        'open-data',
        'The year’s figures on collisions, injuries and checks are published as open data.',
        'Figures anyone can download are figures anyone can check.',
        'marko',
      ],
    ],
  },
  {
    tag: 'community-policing',
    category: 'Community policing',
    picture: 'people',
    alt: 'five people standing side by side',
    hue: 150,
    releases: [
      [
        'Neighbourhood officers hold open office hours',
        'advice',
        'Each neighbourhood officer holds office hours once a week, without an appointment.',
        'The best tip we get is the one a neighbour gives us over coffee.',
        'jana',
      ],
      [
        'Youth football tournament with local police',
        'schools',
        'Teams of pupils and officers play a weekend tournament for a cup.',
        'On the pitch nobody wears a uniform, and that is the point.',
        'jana',
      ],
      [
        'Survey asks residents about safety in their streets',
        'open-data',
        'A short survey asks residents where they feel safe and where they do not.',
        'We want to hear about the dark underpass before anything happens there.',
        'jana',
      ],
      [
        'Community safety councils meet in twelve towns',
        'advice',
        'Councils of residents, schools and police agree on local priorities for the year.',
        'Priorities set together are priorities that last.',
        'jana',
      ],
    ],
  },
  {
    tag: 'cyber-crime',
    category: 'Cyber security',
    picture: 'lock',
    alt: 'a padlock over a grid of dots',
    hue: 265,
    releases: [
      [
        'Advice for shoppers: spotting fake online stores',
        'advice',
        'A checklist helps shoppers tell a real online store from a fake one.',
        'If the price looks too good to be true, it usually is.',
        'mila',
      ],
      [
        'Phishing awareness month begins',
        'campaign',
        'A month of short videos shows how fake messages try to steal passwords.',
        'No bank will ever ask you for your password in a message.',
        'mila',
      ],
      [
        'Schools get a guide to safe social media use',
        'schools',
        'Teachers receive a guide and lesson plans on privacy and online bullying.',
        'Children learn fastest from each other, so the lessons are built around their own questions.',
        'jana',
      ],
      [
        'How to report online fraud: new web form',
        'advice',
        'Victims of online fraud can now report it with a web form, day and night.',
        'Every report helps us find the next victim before the fraudsters do.',
        'mila',
      ],
    ],
  },
  {
    tag: 'emergency-services',
    category: 'Emergency management',
    picture: 'cross',
    alt: 'a first-aid cross in a circle above waves',
    hue: 5,
    releases: [
      [
        'Flood preparedness drill on the riverbank',
        'training',
        'Rescue teams practise evacuating a riverside neighbourhood with residents.',
        'A drill in the sunshine is how we stay calm in the rain.',
        'luka',
      ],
      [
        'Emergency number 112 explained in a new campaign',
        'campaign',
        'Posters and radio spots explain when to call 112 and what to say.',
        'Say where you are first: everything else we can ask.',
        'luka',
      ],
      [
        'Volunteer firefighters receive new equipment',
        'equipment',
        'Volunteer units receive helmets, pumps and radios.',
        'Volunteers give their time; the least we can give them is good equipment.',
        'luka',
      ],
      [
        'Heatwave advice for older people',
        'advice',
        'Advice on water, shade and checking on older neighbours during a heatwave.',
        'Knock on your neighbour’s door: it is the simplest rescue there is.',
        'luka',
      ],
    ],
  },
  {
    tag: 'border-management',
    category: 'Border management',
    picture: 'barrier',
    alt: 'a red and white barrier across a road',
    hue: 30,
    releases: [
      [
        'Longer opening hours at border crossings for the summer',
        'travel',
        'Two crossings stay open around the clock from June to September.',
        'Summer queues are shorter when every lane is open.',
        'jana',
      ],
      [
        'Check your travel documents before the holidays',
        'travel',
        'Travellers are asked to check the validity of their passports before booking.',
        'The best time to renew a passport is before you need it.',
        'jana',
      ],
      [
        'Joint border patrol training with neighbouring services',
        'training',
        'Officers of neighbouring border services train together for a week.',
        'Crime does not stop at the border, and neither can cooperation.',
        'petra',
      ],
      [
        'Waiting times at border crossings published online',
        'open-data',
        'Current waiting times at every crossing are published online and updated hourly.',
        'A traveller who knows the queue can choose another crossing.',
        'jana',
      ],
    ],
  },
  {
    tag: 'police-training',
    category: 'Training and education',
    picture: 'book',
    alt: 'an open book under a graduation cap',
    hue: 45,
    releases: [
      [
        'Police academy welcomes a new class of cadets',
        'training',
        'A new class of cadets begins two years of study at the police academy.',
        'We teach the law first, and then how to explain it to people.',
        'petra',
      ],
      [
        'Officers complete a first-aid refresher course',
        'training',
        'Patrol officers renew their first-aid certificates in a two-day course.',
        'Officers are often first at the scene, so they must be ready to help first.',
        'petra',
      ],
      [
        'Workshop on interviewing victims of crime',
        'training',
        'Investigators practise interviews that put the victim’s needs first.',
        'A victim should leave an interview feeling heard, not questioned.',
        'petra',
      ],
      [
        'Language courses for officers at tourist sites',
        'travel',
        'Officers who work at tourist sites take courses in English and German.',
        'A visitor who can ask for help in their own language feels safe.',
        'petra',
      ],
    ],
  },
  {
    tag: 'crime-prevention',
    category: 'Crime prevention',
    picture: 'shield',
    alt: 'a shield with a check mark',
    hue: 180,
    releases: [
      [
        'Bicycle marking day against theft',
        'advice',
        'Owners can have their bicycles marked and registered free of charge.',
        'A marked bicycle is a bicycle thieves leave alone.',
        'jana',
      ],
      [
        'Tips to protect your home while on holiday',
        'advice',
        'Simple steps keep a home safe while its owners are away.',
        'A neighbour who empties your letterbox is better than any alarm.',
        'jana',
      ],
      [
        'Older residents warned of telephone scams',
        'campaign',
        'A campaign warns older residents of callers who pretend to be relatives or officials.',
        'Hang up and call back on a number you know: that one habit stops most scams.',
        'mila',
      ],
      [
        'Results of the weapons amnesty announced',
        'open-data',
        'The numbers of weapons handed in during the amnesty are published by town.',
        'Every weapon handed in is one that will never be fired in anger.',
        'jana',
      ],
    ],
  },
];

// Newest first, a release about every fifteen weeks, from late 2024 back to late 2016: between the
// demo's two real releases (2024-10-14 and 2016-09-22), so the newest real one leads the list.
const newest = Date.UTC(2024, 8, 26, 8, 0);
const day = 86_400_000;

/** The last Sunday of a month at 01:00 UTC, when European summer time starts or ends. */
function lastSunday(year, month) {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * day;
}

/** Belgrade's local time with its offset, as a press office writes it: 2024-09-26T10:00:00+02:00. */
function belgradeTime(ms) {
  const year = new Date(ms).getUTCFullYear();
  const hours = ms >= lastSunday(year, 2) && ms < lastSunday(year, 9) ? 2 : 1;
  return `${new Date(ms + hours * 3_600_000).toISOString().slice(0, 19)}+0${hours}:00`;
}

/** `Road safety week opens with visits…` → `road-safety-week-opens`: five words at most, none left dangling. */
function slug(text) {
  const words = text
    .toLowerCase()
    .match(/[a-z0-9]+/g)
    .slice(0, 5);
  while (['a', 'at', 'for', 'in', 'of', 'on', 'the', 'to', 'with'].includes(words.at(-1))) words.pop();
  return words.join('-');
}

const escapeXml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

// Each picture is a few flat shapes in the topic's colours, 16:9 like the feed's image frame.
const pictures = {
  road: (c) => `<path d="M0 200h640v160H0z" fill="${c.mid}"/><path d="M250 360h140l-55-160h-30z" fill="${c.ink}"/>
<path d="M316 350h8l-2-40h-4zM317 290h6l-1-30h-4zM318 245h4l-1-20h-2z" fill="${c.light}"/>
<circle cx="520" cy="90" r="36" fill="${c.light}"/>`,
  people: (c) =>
    [150, 235, 320, 405, 490]
      .map((x, i) => {
        const top = 150 + (i % 2) * 24;
        return `<circle cx="${x}" cy="${top}" r="26" fill="${i % 2 ? c.ink : c.mid}"/><rect x="${x - 34}" y="${top + 34}" width="68" height="${300 - top}" rx="30" fill="${i % 2 ? c.ink : c.mid}"/>`;
      })
      .join('\n'),
  lock: (c) =>
    `${Array.from({ length: 40 }, (_, i) => `<circle cx="${40 + (i % 10) * 62}" cy="${60 + Math.floor(i / 10) * 80}" r="5" fill="${c.mid}"/>`).join('')}
<path d="M270 170v-40a50 50 0 0 1 100 0v40" fill="none" stroke="${c.ink}" stroke-width="22"/>
<rect x="240" y="165" width="160" height="130" rx="16" fill="${c.ink}"/><circle cx="320" cy="220" r="16" fill="${c.light}"/><rect x="313" y="225" width="14" height="40" rx="4" fill="${c.light}"/>`,
  cross: (
    c,
  ) => `<circle cx="320" cy="150" r="90" fill="${c.ink}"/><path d="M295 85h50v40h40v50h-40v40h-50v-40h-40v-50h40z" fill="${c.light}"/>
<path d="M0 290q40-25 80 0t80 0 80 0 80 0 80 0 80 0 80 0 80 0v70H0z" fill="${c.mid}"/>`,
  barrier: (
    c,
  ) => `<path d="M0 270h640v90H0z" fill="${c.mid}"/><rect x="90" y="140" width="40" height="150" fill="${c.ink}"/>
${Array.from({ length: 6 }, (_, i) => `<rect x="${130 + i * 70}" y="160" width="70" height="26" fill="${i % 2 ? '#ffffff' : '#c62828'}"/>`).join('')}
<rect x="130" y="160" width="420" height="26" fill="none" stroke="${c.ink}" stroke-width="3"/>`,
  book: (
    c,
  ) => `<path d="M320 200l-170-30v130l170 30zM320 200l170-30v130l-170 30z" fill="${c.light}" stroke="${c.ink}" stroke-width="8" stroke-linejoin="round"/>
<path d="M320 60l130 45-130 45-130-45z" fill="${c.ink}"/><path d="M250 130v35q70 30 140 0v-35" fill="${c.ink}"/><path d="M440 108v55" stroke="${c.ink}" stroke-width="6"/>`,
  shield: (c) => `<path d="M320 50l120 40v80c0 80-55 125-120 150-65-25-120-70-120-150V90z" fill="${c.ink}"/>
<path d="M265 185l40 40 75-85" fill="none" stroke="${c.light}" stroke-width="22" stroke-linecap="round" stroke-linejoin="round"/>`,
};

function picture(topic, variant, number) {
  const hue = topic.hue + variant * 12;
  const colours = {
    back: `hsl(${hue},55%,86%)`,
    mid: `hsl(${hue},40%,66%)`,
    ink: `hsl(${hue},45%,28%)`,
    light: '#ffffff',
  };
  // A label's text is stretched or squeezed to its box, whatever font the viewer's system has.
  const label = (x, y, width, text) =>
    `<rect x="${x}" y="${y}" width="${width}" height="48" rx="8" fill="#000000" opacity="0.75"/>` +
    `<text x="${x + 14}" y="${y + 34}" textLength="${width - 28}" lengthAdjust="spacingAndGlyphs" font-family="system-ui,sans-serif" font-size="26" font-weight="700" fill="#ffffff">${text}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">
<title>Sample image: ${escapeXml(topic.alt)}</title>
<rect width="640" height="360" fill="${colours.back}"/>
${pictures[topic.picture](colours)}
${label(16, 16, 230, 'SAMPLE IMAGE')}
${label(324, 296, 300, `Sample release ${number}`)}
</svg>
`;
}

/** Every release in the order of its number, with the text of its Markdown file and of its picture. */
export function sampleReleases() {
  const count = topics.length * 4;
  return Array.from({ length: count }, (_, index) => {
    // Topic by topic in turn, so that neighbouring releases are about different things.
    const topic = topics[index % topics.length];
    const variant = Math.floor(index / topics.length);
    const [headline, secondTag, lead, words, who] = topic.releases[variant];
    const number = String(index + 1).padStart(2, '0');
    const id = `sample-${number}-${slug(headline)}`;
    const [speaker, role] = people[who];
    const published = newest - index * 105 * day + (index % 4) * 75 * 60_000;
    const frontMatter = {
      title: `Sample release ${number}: ${headline}`,
      url: `releases/${id}.html`,
      summary: `Synthetic sample for the demo, no real event. ${lead}`,
      date_published: belgradeTime(published),
      tags: [topic.tag, secondTag, 'sample'],
      language: 'en',
      category: topic.category,
      source,
      image: `../synthetic/images/sample-${number}.svg`,
      image_alt: `Sample illustration: ${topic.alt}`,
    };
    const yaml = Object.entries(frontMatter)
      .map(([key, value]) =>
        Array.isArray(value) ? `${key}: [${value.join(', ')}]` : `${key}: ${JSON.stringify(value)}`,
      )
      .join('\n');
    const markdown = `---
# Written by scripts/demo-sample.mjs: synthetic, for the demo only. Change the script, not this file.
${yaml}
---

_This is a synthetic sample release, made up for the press-widgets demo: the event, the people, the quote and the picture are not real._

${lead}

${speaker}, ${role}, said:

> ${words}
— ${speaker}, ${role}, ${organisation}

The demo needs more releases than its two real ones to show pictures, pages, filters and a quote rotator: this is one of ${count} sample releases written for that.
`;
    return { id, number, markdown, svg: picture(topic, variant, number) };
  });
}

/** Writes the releases and pictures into `folder`, and removes the files of releases that are gone. */
export async function writeSample(folder) {
  const releases = sampleReleases();
  const wanted = { releases: new Map(), images: new Map() };
  for (const { id, number, markdown, svg } of releases) {
    wanted.releases.set(`${id}.md`, markdown);
    wanted.images.set(`sample-${number}.svg`, svg);
  }
  for (const [sub, files] of Object.entries(wanted)) {
    const dir = join(folder, sub);
    await mkdir(dir, { recursive: true });
    for (const name of await readdir(dir)) if (!files.has(name)) await rm(join(dir, name));
    for (const [name, text] of files) await writeFile(join(dir, name), text);
  }
  return releases.length;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const folder = process.argv[2] ?? join(import.meta.dirname, '../demo/synthetic');
  const count = await writeSample(folder);
  console.log(`Wrote ${count} sample releases and their pictures to ${relative(process.cwd(), folder) || '.'}.`);
}
