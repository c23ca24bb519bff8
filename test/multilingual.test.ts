/**
 * English and Malay articles through their own language data: the built-in samples (my own texts)
 * with exact speakers, entities and dates, and the ../shared English and Malay gold figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord, Quote } from '../output/types.js';
import { readManifestCorpus } from '../pipeline/evaluation/manifest.js';
import { readEvalFile, toEvalArticle } from '../pipeline/evaluation/gold.js';
import { evaluate } from '../pipeline/evaluation/metrics.js';
import { describeWithShared, pipeline, processText, ROOT, SHARED_DIR } from './helpers.js';

const sample = (name: string): string => readFileSync(join(ROOT, 'corpus', 'samples', name), 'utf8');
const quoteLines = (quotes: Quote[]): string[] => quotes.map((quote) => `${quote.kind} | ${quote.speaker?.name ?? 'none'} | ${quote.text}`);

describe('English', () => {
  const record = processText(sample('en_sample_01.txt'));

  it('is detected as English and read with its own quote syntax ("…," X said; X said …; X told reporters …)', () => {
    expect(record.language.code).toBe('en');
    expect(quoteLines(record.quotes)).toEqual([
      'direct | Elena Ruiz | This is the biggest change to our streets in twenty years,',
      'direct | Elena Ruiz | Buses will finally move faster than cars at rush hour.',
      'indirect | Tom Becker | the lanes would hurt small shops on Main Street.',
      'indirect | Tom Becker | the council should have waited for a traffic study.',
      'indirect | Elena Ruiz | the city would review the results in September.',
    ]);
  });

  it('finds names as capitalised runs typed by title, compromise lexicon and head word, and links surnames', () => {
    const entities = record.entities.map((entity) => `${entity.type} ${entity.name}`);
    expect(entities).toEqual(expect.arrayContaining(['ORG Springfield City Council', 'PERSON Elena Ruiz', 'PERSON Tom Becker', 'LOC Main Street']));
    const ruiz = record.entities.find((entity) => entity.name === 'Elena Ruiz')!;
    expect(ruiz.role).toBe('Mayor');
    expect(ruiz.aliases).toEqual(['Elena Ruiz', 'Ruiz']);
  });

  it('resolves English dates against the publication date', () => {
    expect(record.dates.map((date) => `${date.text} = ${date.value}`)).toEqual([
      'Tuesday, March 3, 2026 = 2026-03-03', 'Monday = 2026-03-02', 'October = 2025-10', 'next month = 2026-04', 'September = 2026-09',
    ]);
  });

  it('reads a subject set off by an apposition, a relative clause or an age before its verb', () => {
    const text = 'Tom Becker spoke first.\n\nThe mayor, Anne Hidalgo, said the city would appeal.\n\nJohn Smith, the company founder, said the plan had failed.\n\nMary Jones, 58, said she was happy with the result.';
    expect(quoteLines(processText(text, { language: 'en' }).quotes)).toEqual([
      'indirect | Anne Hidalgo | the city would appeal.',
      'indirect | John Smith | the plan had failed.',
      'indirect | Mary Jones | she was happy with the result.',
    ]);
  });

  it('reads a subject with a relative clause before an inverted verb as no report, and a clause before one as a report', () => {
    // 'Trump, who takes office on Monday' was reported, by nobody, in 'asked the court.'
    const text = 'Donald Trump, who takes office on Monday, asked the court.\n\nPrices will rise, which will hurt exporters, said the minister.';
    expect(quoteLines(processText(text, { language: 'en' }).quotes)).toEqual(['indirect | none | Prices will rise, which will hurt exporters']);
  });

  it('reads no person in a demonym after a speech verb, and no report in a prepositional phrase after one', () => {
    const record = processText('Solicitor General Elizabeth Prelogar said Chinese control of the app posed a grave threat.\n\n"Congress does not care," Chief Justice John Roberts said during nearly three hours of arguments.', { language: 'en' });
    expect(record.entities.map((entity) => `${entity.type} ${entity.name}`)).toEqual(['PERSON Elizabeth Prelogar', 'ORG Congress', 'PERSON John Roberts']);
    expect(quoteLines(record.quotes)).toEqual([
      'indirect | Elizabeth Prelogar | Chinese control of the app posed a grave threat.',
      'direct | John Roberts | Congress does not care,',
    ]);
  });

  it('reads a lede whose attribution a participle clause follows ("…, the company said on Monday, citing weak demand")', () => {
    expect(quoteLines(processText('Boeing shares fell 5% on Monday. Deliveries will slow this year, the company said on Monday, citing weak demand.', { language: 'en' }).quotes)).toEqual([
      'indirect | Boeing | Deliveries will slow this year',
    ]);
  });

  it('gives a subject that opens with people the article does not name no speaker, not the place named in it', () => {
    // Both went to Valencia; the lede with 'authorities' was no quote.
    const text = 'Residents of Paiporta, a town near the city of Valencia, said the water rose within minutes.\n\nFlash floods have killed at least 51 people, regional authorities said on Wednesday, as rescue teams searched for survivors.';
    expect(quoteLines(processText(text, { language: 'en' }).quotes)).toEqual([
      'indirect | none | the water rose within minutes.',
      'indirect | none | Flash floods have killed at least 51 people',
    ]);
  });

  it('gives "she said" and "he said" to the last speaker or person whose first name fits the pronoun', () => {
    const text = 'John Smith runs the bakery.\n\n"It is over," he said.\n\nMaria Lopez joined later. Smith spoke next.\n\n"We are fine," she said. "No," he said.';
    expect(quoteLines(processText(text, { language: 'en' }).quotes)).toEqual([
      'direct | John Smith | It is over,',
      'direct | Maria Lopez | We are fine,',
      'direct | John Smith | No,',
    ]);
  });

  it('reads "X said that" in a sentence of its own and "…, Dempsey said." at its end', () => {
    const text = 'Owen Dempsey is a doctor.\n\nThe disease is rare, Dempsey said.\n\nHe said that patients should not panic.';
    expect(quoteLines(processText(text, { language: 'en' }).quotes)).toEqual([
      'indirect | Owen Dempsey | The disease is rare',
      'indirect | Owen Dempsey | patients should not panic.',
    ]);
  });
});

describe('Malay', () => {
  const record = processText(sample('ms_sample_01.txt'));

  it('is detected as Malay and attributes berkata, katanya and menurut, with honours kept out of the name', () => {
    expect(record.language.code).toBe('ms');
    expect(quoteLines(record.quotes)).toEqual([
      'indirect | Ahmad Faizal Hassan | pasar malam itu akan beroperasi setiap Jumaat dan Sabtu mulai minggu depan.',
      'direct | Ahmad Faizal Hassan | Kami mahu memberi peluang kepada peniaga kecil untuk menambah pendapatan mereka,',
      'indirect | Siti Aminah Yusof | jualannya meningkat dua kali ganda berbanding di tapak lama.',
      'indirect | Ahmad Faizal Hassan | majlis akan menilai semula susun atur gerai pada 15 April ini.',
    ]);
  });

  it('reads Malay months, weekdays with lepas, and Malaysian time', () => {
    const dates = record.dates.map((date) => `${date.text} = ${date.value}`);
    expect(dates).toEqual(expect.arrayContaining(['2 Mac 2026, 10:15 MYT = 2026-03-02T10:15+08:00', 'Ahad lepas = 2026-03-01', '15 April ini = 2026-04-15']));
    const short = processText('KUALA LUMPUR – Menteri itu berkata, mesyuarat diadakan semalam pada pukul 12 tengah malam.', { language: 'ms', published: '2018-07-25' });
    expect(short.dates.map((date) => `${date.text} = ${date.value}`)).toEqual(['semalam = 2018-07-24', 'pukul 12 tengah malam = 2018-07-25T00:00+08:00']);
  });
});

describeWithShared('English and Malay gold (../shared)', () => {
  const score = (language: string) => {
    const predicted = readManifestCorpus(join(SHARED_DIR, 'corpus', language)).map((input) => toEvalArticle(JSON.parse(JSON.stringify(pipeline().process(input)))));
    return evaluate(readEvalFile(join(SHARED_DIR, 'gold', `${language}.jsonl`)), predicted);
  };

  it('English: quote+speaker F1 at least 0.90, language 6/6', () => {
    const report = score('en');
    expect(report.endToEnd.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.language.correct).toBe(6);
  });

  it('Malay: quote+speaker F1 at least 0.90, dates at least 0.95, every article ms', () => {
    const report = score('ms');
    expect(report.endToEnd.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.dates.value.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.language.correct).toBe(4);
  });
});

describe('English reporting rules, on sentences of my own', () => {
  const en = (text: string): string[] => quoteLines(processText(text, { language: 'en', published: '2026-03-03' }).quotes);

  it('reads a name with a short apposition before "said" as the subject, not as a report', () => {
    expect(en('Rep. Marjorie Taylor Greene, R-Ga., said she would vote against any deal.')).toEqual(['indirect | Marjorie Taylor Greene | she would vote against any deal.']);
    // A longer apposition: 'said she expected …' opens a clause, it is no inverted 'said she.' ending a report.
    expect(en('Mark Daly spoke first.\n\nShannon Liss-Riordan, the lawyer who filed the suit, said she expected more workers to join.'))
      .toEqual(['indirect | Shannon Liss-Riordan | she expected more workers to join.']);
  });

  it('reads the report before a final "X said" that a clause opened by "as" or "while" follows', () => {
    expect(en('Boeing will cut about 17,000 jobs, or 10% of its global workforce, Chief Executive Kelly Ortberg said on Friday, as a month-long strike cripples production.')).toEqual([
      'indirect | Kelly Ortberg | Boeing will cut about 17,000 jobs, or 10% of its global workforce',
    ]);
    // 'the planemaker' is the company the article names.
    expect(en('Boeing shares fell on Friday. The planemaker also said it expects to post a loss of $5 billion.')).toEqual(['indirect | Boeing | it expects to post a loss of $5 billion.']);
  });

  it('reads a report whose speaker the article does not name ("officials said", "said one official") with no speaker', () => {
    expect(en('Parliament must convene within 30 days. A special session is expected to open on Nov. 11, officials said.')).toEqual([
      'indirect | none | A special session is expected to open on Nov. 11',
    ]);
    expect(en('The talks will resume next week, two people familiar with the matter said.')).toEqual(['indirect | none | The talks will resume next week']);
    expect(en('Ishiba arrived on Monday. "The talks were frank," said one official.')).toEqual(['direct | none | The talks were frank,']);
    // A channel is where the words were read, not who said them: the quoted term stays a term.
    expect(en('He was diagnosed with "feather-duvet lung," according to a new case report.')).toEqual([]);
  });

  it('gives "the company said" to the company the article names most, not to the news agency', () => {
    const text = 'SAN FRANCISCO (Reuters) - Twitter Inc began laying off staff on Friday, according to emails seen by Reuters. Twitter has lost advertisers.\n\n'
      + '“We will go through the difficult process of reducing our workforce,” the company said in an email to employees.';
    expect(en(text)).toEqual(['direct | Twitter | We will go through the difficult process of reducing our workforce,']);
    // A quoted fragment in a report is the reporter's, not of a verb that reports nothing ('continued to sign up').
    expect(en('Disney’s tech teams isolated the problem, Mayer said, and “patched” the software as the company continued to sign up subscribers.')).toEqual([
      'indirect | Mayer | Disney’s tech teams isolated the problem', 'partial | Mayer | patched',
    ]);
  });

  it('gives "the union said" to an organisation whose name says it is one, named in the report too, and never to the company named most', () => {
    const text = 'Boeing machinists voted to end the strike at Boeing. Boeing welcomed the vote.\n\n'
      + 'Members of the International Association of Machinists approved the offer by a 59% margin, the union said.';
    expect(en(text)).toEqual(['indirect | International Association of Machinists | Members of the International Association of Machinists approved the offer by a 59% margin']);
    expect(en('Boeing machinists voted to end the strike. Boeing welcomed the vote.\n\nThe offer passed by a 59% margin, the union said.')).toEqual(['indirect | none | The offer passed by a 59% margin']);
  });

  it('reads no report in the object of "announced" or "acknowledged", and the clause after them', () => {
    expect(en('The company announced a plan to cut 500 jobs on Tuesday. Smith acknowledged the problem in a statement.')).toEqual([]);
    expect(en('Mayor Elena Ruiz announced it would cut 500 jobs. Ruiz acknowledged the deal remained fragile.')).toEqual([
      'indirect | Elena Ruiz | it would cut 500 jobs.', 'indirect | Elena Ruiz | the deal remained fragile.',
    ]);
  });

  it('reads "that" after a predicate as part of the report', () => {
    expect(en('Fed Chair Jerome Powell spoke on Wednesday.\n\nPowell said officials were not yet confident that inflation was on a sustainable path.')).toEqual([
      'indirect | Jerome Powell | officials were not yet confident that inflation was on a sustainable path.',
    ]);
    expect(en('Fed Chair Jerome Powell spoke on Wednesday.\n\nPowell said on Wednesday that inflation was on a sustainable path.')).toEqual([
      'indirect | Jerome Powell | inflation was on a sustainable path.',
    ]);
  });

  it('skips the addressee of "told" and an age set off by commas', () => {
    expect(en('Mayor Elena Ruiz spoke on Monday.\n\nRuiz told reporters the budget was balanced.')).toEqual(['indirect | Elena Ruiz | the budget was balanced.']);
    const record = processText('The plant will close next year.\n\nJohn Carter, 58, said the town would suffer.', { language: 'en' });
    expect(quoteLines(record.quotes)).toEqual(['indirect | John Carter | the town would suffer.']);
    // The addressee is nobody's name: "told MPs" names no speaker.
    const told = processText('Health Secretary Sajid Javid told MPs that the booster programme would be expanded.', { language: 'en' });
    expect(told.entities.map((entity) => `${entity.type}|${entity.name}`)).toEqual(['PERSON|Sajid Javid']);
    expect(quoteLines(told.quotes)).toEqual(['indirect | Sajid Javid | the booster programme would be expanded.']);
  });

  it('reads the person before an age, a place or a preposition as the subject, and keeps "her" in a report after "said"', () => {
    expect(en('Maria Lopez, 47, of Houston, said her home had flooded twice this year.')).toEqual(['indirect | Maria Lopez | her home had flooded twice this year.']);
    expect(en('Maria Lopez of Houston said her home had flooded twice this year.')).toEqual(['indirect | Maria Lopez | her home had flooded twice this year.']);
    // "Houston" is a person or a place to compromise: after a preposition it is a place, before "said" it is no subject.
    const record = processText('Maria Lopez of Houston said the water rose fast. She moved from Houston last year.', { language: 'en' });
    expect(record.entities.map((entity) => `${entity.type}|${entity.name}`)).toEqual(['PERSON|Maria Lopez', 'LOC|Houston']);
  });

  it('gives a quoted fragment the person before a participle aside, and "she" that person after it', () => {
    expect(en('Treasury Secretary Janet Yellen, speaking in Detroit on Tuesday, said she saw "no signs" of a recession. "The labor market remains strong," she said.')).toEqual([
      'indirect | Janet Yellen | she saw "no signs" of a recession.',
      'partial | Janet Yellen | no signs',
      'direct | Janet Yellen | The labor market remains strong,',
    ]);
  });

  it('reads the name after a title and "at" as the employer, and gives a quoted fragment the person, not the employer', () => {
    const record = processText('Diane Swonk, chief economist at Grant Thornton, said the central bank had "lost control of the narrative" and was playing catch-up.', { language: 'en' });
    expect(record.entities.map((entity) => `${entity.type}|${entity.name}`)).toEqual(['PERSON|Diane Swonk', 'ORG|Grant Thornton']);
    // After a plural title too.
    expect(processText('Analysts at Morgan Stanley cut their price target.', { language: 'en' }).entities.map((entity) => `${entity.type}|${entity.name}`)).toEqual(['ORG|Morgan Stanley']);
    expect(quoteLines(record.quotes)).toEqual([
      'indirect | Diane Swonk | the central bank had "lost control of the narrative" and was playing catch-up.',
      'partial | Diane Swonk | lost control of the narrative',
    ]);
  });

  it('starts a report after the weekday that says when it was said', () => {
    expect(en('Mayor Elena Ruiz spoke on Monday.\n\nRuiz said Tuesday the bridge would reopen in May.')).toEqual(['indirect | Elena Ruiz | the bridge would reopen in May.']);
    expect(en('Mayor Elena Ruiz spoke on Monday.\n\nRuiz said Tuesday\'s storm was the worst in years.')).toEqual(['indirect | Elena Ruiz | Tuesday\'s storm was the worst in years.']);
  });

  it('reads a dateline in capitals whole, though its first word is a common word', () => {
    const record = processText('NEW YORK, Jan 12 (Reuters) - Shares of Apple Inc fell 4% on Wednesday.', { language: 'en' });
    expect(record.entities.map((entity) => `${entity.type}|${entity.name}`)).toEqual(['LOC|New York', 'ORG|Reuters', 'ORG|Apple Inc']);
  });

  it('reads a given name before a surname that is also a place word as a person, and after \'at\' as a place', () => {
    const names = (text: string): string[] => processText(text, { language: 'en' }).entities.map((entity) => `${entity.type}|${entity.name}`);
    expect(names('The report was written by Fiona Hill and Sarah Marsh.')).toEqual(['PERSON|Fiona Hill', 'PERSON|Sarah Marsh']);
    expect(names('Fans gathered at Victoria Falls.')).toEqual(['LOC|Victoria Falls']);
  });

  it('reads a run its bracketed acronym spells as one organisation, across known names and "of"', () => {
    const names = (text: string): string[] => processText(text, { language: 'en' }).entities.map((entity) => `${entity.type}|${entity.name}|${entity.aliases.join(',')}${entity.role ? `|${entity.role}` : ''}`);
    expect(names('Ishiba spoke at the headquarters of the Liberal Democratic Party (LDP). The LDP lost seats.')).toEqual(['ORG|Liberal Democratic Party|Liberal Democratic Party,LDP']);
    expect(names('Yoshihiko Noda, leader of the Constitutional Democratic Party of Japan (CDPJ), said the result showed anger.')).toEqual([
      'PERSON|Yoshihiko Noda|Yoshihiko Noda|leader of the Constitutional Democratic Party of Japan',
      'ORG|Constitutional Democratic Party of Japan|Constitutional Democratic Party of Japan,CDPJ',
    ]);
  });

  it('names a place the dateline writes in capitals as the body writes it, and keeps "New" of a known name at a sentence\'s start', () => {
    const names = (text: string): string[] => processText(text, { language: 'en' }).entities.map((entity) => `${entity.type}|${entity.name}`);
    expect(names('BOSTON (AP) — The Celtics won on Tuesday night.\n\nBoston hosts Washington on Thursday. New York plays Indiana on Friday.')).toEqual([
      'LOC|Boston', 'ORG|AP', 'ORG|Celtics', 'LOC|Washington', 'LOC|New York', 'LOC|Indiana',
    ]);
  });

  it('reads the name of a storm, whole or alone, as no entity', () => {
    const names = (text: string): string[] => processText(text, { language: 'en' }).entities.map((entity) => `${entity.type}|${entity.name}`);
    expect(names('Hurricane Milton slammed into Florida on Wednesday night. Milton weakened over land.')).toEqual(['LOC|Florida']);
  });

  it('reads an apposition that opens with a known organisation, without an article, as the role', () => {
    const people = (text: string): string[] => processText(text, { language: 'en' }).entities.filter((entity) => entity.type === 'PERSON').map((entity) => `${entity.name}|${entity.role ?? ''}`);
    expect(people('Jane Porter, Reuters chief correspondent, said the talks had failed.')).toEqual(['Jane Porter|Reuters chief correspondent']);
    // A lowercase word that qualifies the title before it belongs to the role.
    expect(people('The letter came from his longtime physician Dr. Alan Brooks.')).toEqual(['Alan Brooks|longtime physician']);
  });

  it('reads one word between a lowercase title and its head as part of the role, not a name', () => {
    const people = (text: string): string[] => processText(text, { language: 'en' }).entities.filter((entity) => entity.type === 'PERSON').map((entity) => `${entity.name}|${entity.role ?? ''}`);
    expect(people('"Investors are betting," said Takeshi Yamaguchi, chief Japan economist at Morgan Stanley MUFG Securities.')).toEqual([
      'Takeshi Yamaguchi|chief Japan economist at Morgan Stanley MUFG Securities',
    ]);
  });

  it('reads no preposition into a role and no party and state into a name', () => {
    const people = (text: string): string[] => processText(text, { language: 'en' }).entities.map((entity) => `${entity.type}|${entity.name}|${entity.role ?? ''}`);
    expect(people('Congress sent the measure to President Joe Biden.')).toEqual(['ORG|Congress|', 'PERSON|Joe Biden|President']);
    expect(people('Sen. Mike Lee, R-Utah, had threatened to delay the vote.')).toEqual(['PERSON|Mike Lee|Sen.']);
  });

  it('leaves a speaker the text does not name as null, and does not pass it to the previous speaker', () => {
    expect(en('Dr. Maria Lopez treated him.\n\n"I could not climb the stairs," the patient wrote.')).toEqual(['direct | none | I could not climb the stairs,']);
  });

  it('reads the speaker after the verb past an abbreviation\'s full stop', () => {
    expect(en('“It is too early to tell,” said Dr. Anthony Fauci, the top infectious disease expert.')).toEqual(['direct | Anthony Fauci | It is too early to tell,']);
    expect(en('“This is a dangerous situation,” Gov. Greg Abbott said at a news conference.')).toEqual(['direct | Greg Abbott | This is a dangerous situation,']);
    // Past a comma, a clause stands between the quote and the verb, not a role phrase of its speaker.
    expect(en('U.S. Ambassador Gordon Sondland met the president.\n\nSondland kept telling others “he was in charge of Ukraine” despite being the U.S. envoy in Brussels, said another witness, former adviser Fiona Hill.')).toEqual([
      'indirect | Fiona Hill | Sondland kept telling others “he was in charge of Ukraine” despite being the U.S. envoy in Brussels',
      'partial | Fiona Hill | he was in charge of Ukraine',
    ]);
  });

  it('reads a short attribution after a question that ends its sentence', () => {
    expect(en('Senator Paul Hardy spoke for an hour.\n\n"Who will pay for this?" Hardy asked. The room was silent.')).toEqual(['direct | Paul Hardy | Who will pay for this?']);
  });

  it('ends a report at the conjunction after a middle cue, and gives a quoted fragment in that sentence the same speaker', () => {
    expect(en('Kevin Ross runs the network.\n\nThe engineers found the fault, Ross said, and “patched” the servers overnight.')).toEqual([
      'indirect | Kevin Ross | The engineers found the fault',
      'partial | Kevin Ross | patched',
    ]);
  });

  it('ends a report at the comma of a sentence that opens with a subordinator, and at ", as"', () => {
    expect(en('While Ann Miles said the deal was fair, the board disagreed.')).toEqual(['indirect | Ann Miles | the deal was fair']);
    expect(en('Tom Hale said the tax was unfair, as he left the hall.')).toEqual(['indirect | Tom Hale | the tax was unfair']);
  });

  it('reads the capitalised words before an organisation\'s head word into its name, and no person in the institution after "title of"', () => {
    const names = (text: string): string[] => processText(text, { language: 'en' }).entities.map((entity) => `${entity.type}|${entity.name}|${entity.role ?? ''}`);
    expect(names('The strike was backed by the International Association of Machinists.')).toEqual(['ORG|International Association of Machinists|']);
    expect(names('“It is time,” said Jon Holden, president of District 751.')).toEqual(['PERSON|Jon Holden|president of District 751']);
  });

  it('knows Fox Business as an outlet, not a person', () => {
    expect(processText('Scott Bessent, speaking on Fox Business, said rates would fall.', { language: 'en' }).entities.map((entity) => `${entity.type}|${entity.name}`)).toEqual([
      'PERSON|Scott Bessent', 'ORG|Fox Business',
    ]);
  });

  it('takes the adjective "Republican" for no party', () => {
    expect(processText('The Republican president deflected Republican attacks.', { language: 'en' }).entities).toEqual([]);
  });

  it('takes a title and a name that quotation marks enclose whole for the title of a work, not a person', () => {
    const names = (text: string): string[] => processText(text, { language: 'en' }).entities.map((entity) => `${entity.type}|${entity.name}`);
    expect(names('It streams films from Pixar Animation, “Star Wars,” Marvel Studios and Disney.')).toEqual(['ORG|Pixar Animation', 'ORG|Marvel Studios', 'ORG|Disney']);
  });

  it('reads a name and the lowercase head noun after it as one institution or place, one with the name alone', () => {
    const names = (text: string): string[] => processText(text, { language: 'en' }).entities.map((entity) => `${entity.type}|${entity.name}|${entity.aliases.join(',')}`);
    expect(names('He made a trip to Walter Reed hospital on Saturday.')).toEqual(['ORG|Walter Reed hospital|Walter Reed hospital']);
    expect(names('He is held at Belmarsh prison in London. From Belmarsh jail, he prepares his case.')).toEqual([
      'LOC|Belmarsh prison|Belmarsh prison,Belmarsh jail', 'LOC|London|London',
    ]);
  });

  it('gives a single unknown word listed with names of one type that type, in a list that "and" closes', () => {
    const names = (text: string): string[] => processText(text, { language: 'en' }).entities.map((entity) => `${entity.type}|${entity.name}`);
    expect(names('He led key acquisitions, including Marvel Entertainment, Lucasfilm and BamTech, the little-known firm.')).toEqual([
      'ORG|Marvel Entertainment', 'ORG|Lucasfilm', 'ORG|BamTech',
    ]);
    // A comma alone makes no list.
    expect(names('At the White House, Trump said he had watched.')).toEqual(['ORG|White House', 'PERSON|Trump']);
  });

  it('joins a known company and its legal form, and takes another head word after it for another organisation', () => {
    const record = processText('Apple Inc unveiled a phone on Tuesday. Apple said sales would rise. The deal was first reported by Reuters News.', { language: 'en' });
    expect(record.entities.map((entity) => `${entity.type}|${entity.name}|${entity.aliases.join(',')}`)).toEqual(['ORG|Apple|Apple Inc,Apple', 'ORG|Reuters News|Reuters News']);
  });

  // Each text, and the role of its one person.
  it.each<[string, string]>([
    ['Japanese Economy Minister Koichi Hagiuda said exports would recover.', 'Japanese Economy Minister'],
    ['CNN\'s chief medical correspondent Dr. Sanjay Gupta said the tests were normal.', 'CNN\'s chief medical correspondent'],
    ['The channel was led by the president’s lawyer Rudy Giuliani.', 'the president’s lawyer'],
    ['Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his account.', 'former special envoy to Ukraine'],
    ['In June, the then Home Secretary, Sajid Javid, formally approved the request.', 'Home Secretary'],
    ['The exam was done by Dr. Ronny Jackson, the President\'s physician.', 'President\'s physician'],
    ['Owen Dempsey, a pulmonologist at the city hospital, said the results were clear.', 'pulmonologist at the city hospital'],
    // News leaves the article out before a title its words describe.
    ['"Risk is back," said Priyanka Sachdeva, senior market analyst at Phillip Nova.', 'senior market analyst at Phillip Nova'],
  ])('reads the whole role before a name and in an apposition after it, without a courtesy title: %s', (text, role) => {
    const people = processText(text, { language: 'en' }).entities.filter((entity) => entity.type === 'PERSON');
    expect(people.map((person) => person.role)).toEqual([role]);
  });

  it('reads a role phrase by its last word', () => {
    expect(en('Company founder Lena Park opened the plant.\n\nThe founder argued that wages would rise.')).toEqual(['indirect | Lena Park | wages would rise.']);
  });

  it('gives a role phrase to no one whose role shares only letters or articles with it', () => {
    // 'a' is inside 'Chancellor' and 'the' inside 'leader of the party': neither holds the role of spokesperson.
    expect(en('Anna Berg, leader of the Green party, spoke first.\n\nChancellor Tom Weiss said he would stay.\n\n"He will leave after Christmas," a spokesperson said.')).toEqual([
      'indirect | Tom Weiss | he would stay.',
      'direct | none | He will leave after Christmas,',
    ]);
  });
});

describe('Malay rules, on sentences of my own', () => {
  const malay = (text: string): ArticleRecord => processText(text, { language: 'ms', published: '2026-03-03' });

  it('gives a bare title before a speech verb to the person last named, with their honours, and their quotes', () => {
    const record = malay('ISTANBUL: Datuk Seri Dr Ahmad Zahid Hamidi menyifatkan lawatan itu amat luar biasa.\n\nTimbalan Perdana Menteri berkata, Malaysia dan Turki bersedia bekerjasama.');
    expect(record.entities.filter((entity) => entity.type === 'PERSON').map((entity) => `${entity.name}|${entity.role}`)).toEqual(['Ahmad Zahid Hamidi|Timbalan Perdana Menteri; Datuk Seri Dr']);
    expect(quoteLines(record.quotes)).toEqual(['indirect | Ahmad Zahid Hamidi | Malaysia dan Turki bersedia bekerjasama.']);
  });

  it('reads a title, its institution and honours before a name set off by commas as the role, however long the honours', () => {
    const record = malay('Ketua Pengarah Lembaga Minyak Sawit Malaysia, Datuk Dr Ahmad Parveez Ghulam Kadir, berkata stok minyak sawit susut.');
    expect(record.entities.map((entity) => `${entity.type}|${entity.name}|${entity.role ?? ''}`)).toEqual([
      'ORG|Lembaga Minyak Sawit Malaysia|',
      'PERSON|Ahmad Parveez Ghulam Kadir|Ketua Pengarah Lembaga Minyak Sawit Malaysia; Datuk Dr',
    ]);
  });

  it('knows foreign places and international organisations by their Malay names, with the acronyms Indonesian gives its own', () => {
    const record = malay('Menteri itu melawat Jepun, Lubnan dan Emiriah Arab Bersatu. Kerajaan berunding dengan Kesatuan Eropah (EU). Peraturan EU itu ditangguhkan. Pertubuhan Bangsa-Bangsa Bersatu (PBB) bersidang.');
    expect(record.entities.map((entity) => `${entity.type}|${entity.name}|${entity.aliases.join(',')}`)).toEqual([
      'LOC|Jepun|Jepun', 'LOC|Lubnan|Lubnan', 'LOC|Emiriah Arab Bersatu|Emiriah Arab Bersatu',
      'ORG|Kesatuan Eropah|Kesatuan Eropah,EU',
      'ORG|Pertubuhan Bangsa-Bangsa Bersatu|Pertubuhan Bangsa-Bangsa Bersatu,PBB',
    ]);
  });

  it('reads an institution whose name goes on past a hyphenated word as no person', () => {
    const record = malay('Presiden Kongres Kesatuan Pekerja-Pekerja Di Dalam Perkhidmatan Awam (CUEPACS), Datuk Dr Adnan Mat menyifatkan pengumuman itu baik.');
    expect(record.entities.filter((entity) => entity.type === 'PERSON').map((entity) => entity.name)).toEqual(['Adnan Mat']);
  });

  it('reads honours of two words that are honours only together ("Tan Sri") as the role\'s second part, after "Bekas" and the title', () => {
    const record = malay('Bekas Perdana Menteri Tan Sri Muhyiddin Yassin hadir di majlis itu.');
    expect(record.entities.map((entity) => `${entity.name}|${entity.role}`)).toEqual(['Muhyiddin Yassin|Bekas Perdana Menteri; Tan Sri']);
  });

  it('reads a title with a possessive ending as held in the last organisation, or for a deputy in the last person\'s role', () => {
    const roles = (text: string): string[] => malay(text).entities.filter((entity) => entity.type === 'PERSON').map((entity) => `${entity.name}|${entity.role}`);
    expect(roles('Yayasan Sejahtera Murni dibuka semalam. Ramai datang berjumpa Pengasasnya, Datuk Aminah Said, di sana.')).toEqual([
      'Aminah Said|Pengasas Yayasan Sejahtera Murni; Datuk',
    ]);
    expect(roles('Presiden UMNO Datuk Seri Ahmad Zahid Hamidi dan Timbalannya Datuk Seri Mohamad Hasan hadir.')).toEqual([
      'Ahmad Zahid Hamidi|Presiden UMNO; Datuk Seri', 'Mohamad Hasan|Timbalan Presiden UMNO; Datuk Seri',
    ]);
  });

  it('keeps stacked honours out of the name', () => {
    const record = malay('Menteri itu, Datuk Seri Dr Kamal Hassan berkata, projek itu siap tahun depan.');
    expect(record.entities.filter((entity) => entity.type === 'PERSON').map((entity) => entity.name)).toEqual(['Kamal Hassan']);
    expect(quoteLines(record.quotes)).toEqual(['indirect | Kamal Hassan | projek itu siap tahun depan.']);
  });

  it('leaves when and where it was said out of the speaker', () => {
    const record = malay('Ismail Sabri ketika ditemui di Putrajaya, Isnin, berkata kerajaan akan terus membantu rakyat.');
    expect(quoteLines(record.quotes)).toEqual(['indirect | Ismail Sabri | kerajaan akan terus membantu rakyat.']);
  });

  it('reads the person who opens the sentence as the speaker, past the age and the place set off by commas', () => {
    const record = malay('Seorang mangsa, Rohani Ismail, 47, dari Kampung Tebing, Kuala Krai berkata rumahnya ditenggelami air.');
    expect(quoteLines(record.quotes)).toEqual(['indirect | Rohani Ismail | rumahnya ditenggelami air.']);
    expect(record.entities.map((entity) => `${entity.type}|${entity.name}`)).toEqual(['PERSON|Rohani Ismail', 'LOC|Kampung Tebing', 'LOC|Kuala Krai']);
  });

  it('reads the clause after "memaklumkan bahawa" as the report', () => {
    const record = malay('Menteri Pendidikan Mohd Radzi Jidin memaklumkan bahawa sekolah akan dibuka semula minggu depan.');
    expect(quoteLines(record.quotes)).toEqual(['indirect | Mohd Radzi Jidin | sekolah akan dibuka semula minggu depan.']);
  });

  it('reads the name after a title and the lowercase words that describe it, before a speech verb', () => {
    const record = malay('“Saya amat kecewa dengan keputusan itu,” ujar pemain perseorangan negara Lee Zii Jia kepada pemberita.');
    expect(quoteLines(record.quotes)).toEqual(['direct | Lee Zii Jia | Saya amat kecewa dengan keputusan itu,']);
    expect(record.entities.map((entity) => `${entity.type}|${entity.name}|${entity.role}`)).toEqual(['PERSON|Lee Zii Jia|pemain perseorangan negara']);
  });
});
