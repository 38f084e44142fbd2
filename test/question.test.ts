import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseQuestion, ANY_KIND, CHAT_LETTERS, CHAT_SPELLINGS, cleanQuestion, firstKindWording, namesThingItMentions, readerWording, withChatWordsSpelled, withMonthsCapitalised } from '../src/core/question.ts';
import { termOf, tokenize } from '../src/core/terms.ts';

describe('analyseQuestion', () => {
  it.each([
    ['thanks!', 'thanks'],
    ['Thank you so much', 'thanks'],
    ['thx bot', 'thanks'],
    ['ok, thanks 🙏', 'thanks'],
    ['hi', 'greeting'],
    ['Hello there!', 'greeting'],
    ['bye', 'farewell'],
    ['ok', 'acknowledgement'],
    ['cool', 'acknowledgement'],
    ['👍', 'acknowledgement'],
    ['no', 'acknowledgement'],
    ['Nope!', 'acknowledgement'],
    ['yes', 'acknowledgement'],
    ['yeah sure', 'acknowledgement'],
    ['👋🏽', 'greeting'],
    ['u there?', 'greeting'],
    ['hello? anyone there?', 'greeting'],
    ["you're useless", 'complaint'],
    ['bad bot', 'complaint'],
    ["That's wrong!", 'complaint'],
    ['this is not helpful', 'complaint'],
    ["you're wrong, it was 43", 'complaint'],
    ['help', 'help'],
    ['Help me please!', 'help'],
    ['what can you do', 'help'],
    ['who are you?', 'help'],
    ['are you a bot?', 'help'],
    ['what can you do?', 'help'],
    ['good bot', 'thanks'],
    ['Great job!', 'thanks'],
  ])('given "%s", then it is small talk: %s', (message, kind) => {
    expect(analyseQuestion(message).smallTalk).toBe(kind);
  });

  it.each(['thanks, but how much aid was announced?', 'hi, who is Blinken?', 'Which figure is wrong?', 'Was the vote useless?', "that's terrible", 'wrong, how much aid was it?', "that's wrong, who paid?", 'ok?', 'cool story', 'What is ok?', 'Thanks to whom did he give credit?', 'no?', 'Did the council vote yes?', 'Who voted no?', 'yes, how much aid was announced?', 'help refugees', 'is anyone there at the site?', 'are you there yet?', 'How did the aid help?', 'who are you talking about?', 'good job numbers?', '🌉', ''])(
    'given "%s", then it is not small talk',
    (message) => {
      expect(analyseQuestion(message).smallTalk).toBeUndefined();
    },
  );

  it.each([
    ['How many fighters are held?', 'count'],
    ['How much aid did the US announce?', 'amount'],
    ['How old are the fighters?', 'age'],
    ['How many years old are the youngest fighters?', 'age'],
    ['How many years did the siege last?', 'duration'],
    ['how many days a week can I water my lawn', 'count'],
    ['When did the meeting start?', 'time'],
    ['What minute did Foden score?', 'time'],
    ['What time did the quake strike?', 'clock'],
    ['What time of year is the festival?', 'time'],
    ['How fast were the winds?', 'measure'],
    ['Who is holding the fighters?', 'person'],
    ['Where was the meeting held?', 'place'],
    ['Why are countries reluctant?', 'reason'],
    ['How come the countries are reluctant?', 'reason'],
    ['What did Blinken say?', 'other'],
    ['Until when should the fight go on?', 'other'],
    ['What ages did he give for the fighters?', 'age'],
    ['How many billions has America given?', 'amount'],
    ['How much is the CEO paid?', 'money'],
    ['How much would the repairs have cost?', 'money'],
    ['what did the bridge cost', 'money'],
    ['What will it cost to fix the roof?', 'money'],
    ['how big is the budget millbrook just passed', 'money'],
    ['How large was the jury award against Halvern?', 'money'],
    ['How big is the new stadium?', 'measure'],
    ["how big is kestrel's workforce", 'count'],
    ['how much cash does she get for winning', 'money'],
    ['what did he pay for the seed', 'money'],
    ['what does a docker earn', 'money'],
    ["What did Tesla spend Astor's money on?", 'other'],
    ['what did the company offer on pay', 'other'],
    ['what are the new oncologists getting paid', 'money'],
    ['What is the paid version called?', 'other'],
    ['How large was the crowd at the rally?', 'count'],
    ['What did the cost overrun lead to?', 'other'],
    ['How much diesel did the ferries burn?', 'amount'],
    ['How cheap are the materials per kWh?', 'amount'],
    // What is measured says what is asked: the "charges" of a battery are no price.
    ['How much capacity does it keep after 2,000 charges?', 'amount'],
    ['How much was the driver paid for the trip?', 'money'],
    ['How much revenue did it earn?', 'money'],
    ['What was the final vote tally?', 'score'],
    ['What temps does the new one work at?', 'measure'],
    ["What's the new interest rate in Kenya?", 'percent'],
    ['What was the unemployment rate?', 'percent'],
    ['What is the rate of growth?', 'other'],
    ['Whats the water temp down at the site?', 'measure'],
    ['What was his body weight?', 'measure'],
    ['What weight class is he?', 'other'],
    ['Where was the study published?', 'other'],
    ['Where was the study done?', 'place'],
    ['How much did the fare go up in percent?', 'percent'],
    ['By how many percentage points did the rate fall?', 'percent'],
    ['Which two countries did the fighters travel into?', 'place'],
    ['Which company supplied the software?', 'name'],
  ])('given "%s", then the kind of answer wanted is %s', (question, kind) => {
    expect(analyseQuestion(question).kind).toBe(kind);
  });

  it.each([
    ['How many ISIS fighters are held in Syria?', 'fighters'],
    ['How many new cops will be hired?', 'cops'],
    ['How many PG&E customers lost power?', 'customers'],
    ['How many jobs wil construction creat?', 'jobs'],
    ['How many children were freed?', 'children'],
    ['How many people fled the city?', 'people'],
    ['How many heat-related deaths did Spain have?', 'deaths'],
  ])('given "%s", then what is counted is "%s"', (question, noun) => {
    expect(analyseQuestion(question).counted).toBe(termOf(noun));
  });

  it.each([
    ["What is Superintendent Hale's salary?", ['salary']],
    ['What is the new revenue outlook for the year?', ['new', 'revenue', 'outlook']],
    ['What is the company worth now?', ['company', 'worth']],
    ['What is the capital of Niger?', ['capital']],
  ])('given "%s", then what it asks for is %j', (question, words) => {
    expect(analyseQuestion(question).attribute).toEqual(words.map((w) => termOf(w)));
  });

  it('given "what is" followed by a name or a noun naming the kind of answer, or another form of question, then nothing is singled out', () => {
    for (const question of ["What is Antony Blinken's job?", 'What is the name of the dentist?', 'What is EPS?', 'How much is the salary?']) {
      expect(analyseQuestion(question).attribute).toBeUndefined();
    }
  });

  it('given "what city", then the noun naming the kind of answer is marked as such, not as something to match', () => {
    const { words } = analyseQuestion('What city hosted the meeting?');
    expect(words.find((w) => w.raw === 'city')).toMatchObject({ focus: true });
  });

  it('given "what did X say", then the words naming the speaker are marked', () => {
    const { words } = analyseQuestion('What did the Suns coach say about the loss?');
    expect(words.filter((w) => w.speaker).map((w) => w.raw)).toEqual(['Suns', 'coach']);
  });
  it('given "what does X mean" about a thing, then no one is read as a speaker; about a person, someone is', () => {
    const speakers = (question: string) => analyseQuestion(question).words.filter((w) => w.speaker).map((w) => w.raw);
    expect(speakers('What does her name mean?')).toEqual([]);
    expect(speakers("What does 'plastid' mean?")).toEqual([]);
    expect(speakers('what did the director mean')).toEqual(['director']);
    expect(speakers('What did Pohl mean by a small miracle?')).toEqual(['Pohl']);
  });
});

describe('idioms', () => {
  it('given "take place", then it asks when or where something happened, and "place" is no word to find', () => {
    expect(analyseQuestion('When did the meeting take place?').words.map((w) => w.raw)).toEqual(['meeting', 'take']);
    expect(analyseQuestion('Where is the meeting place?').words.map((w) => w.raw)).toContain('place');
  });
});

describe('asking who holds a post', () => {
  it.each(['who founded veltrix', "who's the ceo of samudra lestari", 'Who is the mayor of Columbus?', 'whats the name of the nelson fire chief', 'who coaches the kings'])(
    'given "%s", then it asks for the holder, whom only a person answers',
    (question) => expect(analyseQuestion(question).asksHolder).toBe(true),
  );
  it.each(['President Johnson renamed the center after whom?', 'Who runs a service out of the ferry terminal?', 'who owns the mine company', 'who won the race'])(
    'given "%s", then it is no question for a post\'s holder (a company may run or own things)',
    (question) => expect(analyseQuestion(question).asksHolder).toBe(false),
  );
});

describe('"us" typed without capitals', () => {
  it('given "the us", then it is the country, a word to look for as "US"', () => {
    expect(analyseQuestion('how much money did the us give').words.map((w) => w.raw)).toContain('US');
    expect(analyseQuestion('what did the us announce').words.map((w) => w.raw)).toEqual(['US', 'announce']);
  });
  it('given "us" as the pronoun ("tell us", "the use"), then nothing is added', () => {
    expect(analyseQuestion('tell us about the aid').words.map((w) => w.raw)).toEqual(['aid']);
    expect(analyseQuestion('what is the use of the money').words.map((w) => w.raw)).not.toContain('US');
  });
});

describe('cleaning a question', () => {
  it('given a web address in a question, then it is dropped like a mention, and its parts are no words to look for', () => {
    expect(cleanQuestion('what does https://abcnews.go.com say about ISIS')).toBe('what does say about ISIS');
    expect(cleanQuestion('Is www.example.org/news?id=4 right? <https://example.com/a_b>')).toBe('Is right?');
    expect(cleanQuestion('What did http://x.co/report.html say?')).toBe('What did say?');
    expect(analyseQuestion('what does https://abcnews.go.com say about ISIS').words.map((w) => w.raw)).toEqual(['say', 'ISIS']);
  });
  it('given Discord custom emoji, timestamps or command mentions in a question, then they are dropped like user mentions', () => {
    expect(cleanQuestion('<:pepe:123456789012345678> how much aid <t:1700000000:R>?')).toBe('how much aid ?');
    expect(cleanQuestion('<a:party:123456789012345678> </ask:123456789012345678> when <t:1700000000> was it')).toBe('when was it');
  });
});

describe('several questions in one message', () => {
  const read = (message: string) => {
    const analysed = analyseQuestion(message);
    return [analysed.text, analysed.laterQuestions];
  };
  it('given questions one after another, then the first is read and the others are kept as typed', () => {
    expect(read('Who won? What was the score?')).toEqual(['Who won?', ['What was the score?']]);
  });
  it('given a later question opening with "and", "also" or "then", then it is kept without the word joining it to the one before', () => {
    expect(read('who scored first? and where was it played')).toEqual(['who scored first?', ['where was it played']]);
    expect(read('How much aid was announced? And who was sanctioned? Also when was it?')).toEqual(['How much aid was announced?', ['Who was sanctioned?', 'When was it?']]);
    expect(read('Who won? Then what was the score?')).toEqual(['Who won?', ['What was the score?']]);
  });
  it('given questions separated by semicolons, then they are read as questions one after another', () => {
    expect(read('where was the meeting; who hosted it; when?')).toEqual(['where was the meeting', ['who hosted it', 'when?']]);
  });
  it('given a statement and a question separated by a semicolon, then it is one question', () => {
    expect(read("Blinken said it can't persist; what did he mean?")).toEqual(["Blinken said it can't persist; what did he mean?", []]);
    expect(read('What did they agree on; the budget or the schools?')).toEqual(['What did they agree on; the budget or the schools?', []]);
  });
  it('given a "?" followed by words that open no question, or a greeting before the question, then it is one question', () => {
    expect(read('Who won? I mean the derby.')).toEqual(['Who won? I mean the derby.', []]);
    expect(read('hi? how much was pledged?')).toEqual(['how much was pledged?', []]);
    expect(read('How much was pledged?')).toEqual(['How much was pledged?', []]);
  });
});

describe('readerWording', () => {
  it.each([
    ['wher was the meeting held', 'where was the meeting held'],
    ['Wat did they pledge?', 'What did they pledge?'],
    ['how meny planes will it fly', 'how many planes will it fly'],
    ['what did he say abt the 10k prisoners', 'what did he say about the 10,000 prisoners'],
    ['Is it $436m or €13.5bn?', 'Is it $436 million or €13.5 billion?'],
    ['How far is 2.5k?', 'How far is 2,500?'],
    ['whats the budget and why didnt it pass', 'what is the budget and why did not it pass'],
    ['how much $$ did she take home', 'how much money did she take home'],
    ['it costs $$$', 'it costs money'],
    ['is it $5 or $$5', 'is it $5 or $$5'],
  ])('given "%s", then it reads as "%s"', (typed, read) => {
    expect(readerWording(typed)).toBe(read);
  });

  it.each([
    ['Were they held in Rome?'],
    ['Who won the 100m final?'],
    ['What is Wat Phra Kaew?'],
  ])('given "%s", where every word is meant as typed, then it is left alone', (typed) => {
    expect(readerWording(typed)).toBe(typed);
  });

  it('given "how heavy", "how tall" or "how fast", then the kind of measurement is read, and "how long" is a duration, not a length', () => {
    expect(['How heavy is the probe?', 'how much does it weigh', 'how tall is the tower', 'How fast were the winds?', 'how long did it take', 'how high did it chart'].map((q) => analyseQuestion(q).measures)).toEqual([
      'mass',
      'mass',
      'length',
      'speed',
      undefined,
      undefined,
    ]);
    expect(analyseQuestion('how much does it weigh').words.find((w) => w.raw === 'weigh')?.focus).toBe(true);
  });
  it('given "what is the satellite\'s weight", then it asks for a mass as "how heavy" does, and the satellite must still be found', () => {
    const weight = analyseQuestion("What is the satellite's weight?");
    expect([weight.kind, weight.measures]).toEqual(['measure', 'mass']);
    expect(weight.words.filter((w) => w.focus).map((w) => w.raw)).toEqual(['weight']);
    expect(['What is the height of the tower?', "what's the car's top speed", 'What was the temperature in Seville?'].map((q) => analyseQuestion(q).measures)).toEqual(['length', 'speed', 'temperature']);
    expect(analyseQuestion('What is the weight loss drug called?').kind).not.toBe('measure');
  });
  it('given "age" asked of someone ("rivera\'s age", "age of the goalkeeper"), then it asks for an age; "the age limit" and "the age of enlightenment" do not', () => {
    expect(["rivera's age", 'jockey age', 'What is the jockey’s age?', 'age of the goalkeeper'].map((q) => analyseQuestion(q).kind)).toEqual(['age', 'age', 'age', 'age']);
    expect(analyseQuestion('What is the jockey’s age?').words.find((w) => w.raw === 'age')?.focus).toBe(true);
    expect(['What is the age limit?', 'The age of enlightenment began when?'].map((q) => analyseQuestion(q).kind)).not.toContain('age');
  });
  it('given "Gemma Ward\'s father", then the words of the name are marked as the owner, not the person asked about', () => {
    const owners = analyseQuestion('How old is Gemma Ward’s father?').words.filter((w) => w.owner).map((w) => w.raw);
    expect(owners).toEqual(['Gemma', 'Ward’s']);
    expect(analyseQuestion('How old is Gemma Ward?').words.some((w) => w.owner)).toBe(false);
    expect(analyseQuestion('What is Boston’s budget?').words.some((w) => w.owner)).toBe(false);
  });
  it('given a misspelt small word ("wil", "teh"), then it is read as the word meant, not looked for', () => {
    expect(analyseQuestion('how much wil teh taxes go up').words.map((w) => w.raw)).toEqual(['taxes', 'go']);
  });
  it('given a question typed in chat spelling, then its kind of answer is still read', () => {
    expect(analyseQuestion('wher did they meet').kind).toBe('place');
    expect(analyseQuestion('how meny fighters are held').kind).toBe('count');
  });
});

describe('phrasal verbs in questions', () => {
  it('given a verb followed by a particle, then the word carries the particle', () => {
    const words = analyseQuestion('Did Italy bring back the fighters they locked up?').words;
    expect(words.find((w) => w.raw === 'bring')?.particle).toBe('back');
    expect(words.find((w) => w.raw === 'locked')?.particle).toBe('up');
    expect(words.find((w) => w.raw === 'fighters')?.particle).toBeUndefined();
  });
  it('given a pronoun between the verb and its particle ("pay it back"), then the word still carries the particle', () => {
    expect(analyseQuestion('how many years to pay it back').words.find((w) => w.raw === 'pay')?.particle).toBe('back');
  });
});

describe('"who is X" or "X?" of a name', () => {
  it.each([
    ['Who is Blinken?', true],
    ["who's antony blinken", true],
    ['Who was Donald Trump?', true],
    ['What is ISIS?', false],
    ['Blinken?', true],
    ['Syrian Democratic Forces', true],
    ['pangolins?', false],
    ['What is the pangolin?', false],
    ['Who is the mayor of Lyon?', false],
    ['who was runner-up', false],
    ['who was selling the painting', false],
    ['Who is taught at teacher colleges?', false],
  ] as const)('given "%s", then it asks who or what the name is: %s', (question, asks) => {
    expect(analyseQuestion(question).asksWhoNamedIs).toBe(asks);
  });
});

describe('names typed with what they are', () => {
  it('given places and bodies named with their kind, then each is read whole; a name alone or a kind in lower case is not', () => {
    expect(analyseQuestion('How many cases have Spokane County and Lake Harrow reported?').headedNames).toEqual(['Spokane County', 'Lake Harrow']);
    expect(analyseQuestion('How many cases has Spokane reported in the county?').headedNames).toEqual([]);
  });
});

describe('questions about the past behind the news', () => {
  it.each([
    ['How many people died in the 2007 quake?', true],
    ['Has the hospital ever paid a ransom before?', true],
    ['How many of the 1500 homes were flooded?', false],
    ['How many people were killed?', false],
  ] as const)('given "%s", then it asks about the past: %s', (question, past) => {
    expect(analyseQuestion(question).asksAboutPast).toBe(past);
  });
});

describe('words a yes-or-no question may be answered by the opposite of', () => {
  it('given "did the krone strengthen", then "strengthen" may be met by its opposite; asked why, or as a noun, it may not', () => {
    const means = (question: string, raw: string) => analyseQuestion(question).words.find((w) => w.raw === raw)?.means;
    expect(means('Did the krone strengthen after the announcement?', 'strengthen')).toBe('opposite');
    expect(means('Is France willing to take its citizens back?', 'willing')).toBe('opposite');
    expect(means('Why did the krone strengthen?', 'strengthen')).toBeUndefined();
    expect(means('Was the cut expected?', 'cut')).toBeUndefined();
  });
});

describe('questions asking for a telephone number', () => {
  it.each([
    ['What is the hotline number?', true],
    ["what's the phone no. for refunds", true],
    ['What number should customers call?', true],
    ['Which helpline number do I dial?', true],
    ['What number of heaters were sold?', false],
    ['Is the hotline now open?', false],
    ['Why did the phone notifications fail?', false],
    ['How many people called the hotline?', false],
  ] as const)('given "%s", then it asks for a telephone number: %s', (question, asks) => {
    expect(analyseQuestion(question).asksTelephoneNumber).toBe(asks);
  });
});

describe('questions that want someone named', () => {
  it.each([
    ['What is the name of the sanctioned ISIS leader?', 'person', true],
    ['Who is the mayor of Lyon?', 'person', true],
    ['Who rescued the children?', 'person', false],
    ['What is the name of the cholesterol drug?', 'name', false],
  ] as const)('given "%s", then the kind is %s and a named person is wanted: %s', (question, kind, wanted) => {
    const analysed = analyseQuestion(question);
    expect([analysed.kind, analysed.wantsSomeoneNamed]).toEqual([kind, wanted]);
  });
  it.each([
    ['What is the name of the cholesterol drug?', true],
    ["What's the insurer's name?", true],
    ['What did the insurer say?', false],
  ] as const)('given "%s", then a name is wanted: %s', (question, wanted) => {
    expect(analyseQuestion(question).wantsName).toBe(wanted);
  });
});

describe('asking for others besides those named', () => {
  it.each([
    ['which other private donors gave money besides the hollis family', true],
    ['Who else was charged besides Harlan Voss?', true],
    ['What other projectiles did Tesla compare the particles to?', false],
    ['Who was charged?', false],
  ])('given "%s", then it asks for others: %s', (question, others) => {
    expect(analyseQuestion(question).asksOthers).toBe(others);
  });
});

describe('the part of a date asked for', () => {
  it.each([
    ['Which month was the meeting held in?', 'month'],
    ['In what year did the bridge open?', 'year'],
    ['what was the exact date of the meeting', 'day'],
    ['what day in august is the pool vote happening', 'day'],
    ["what's the new launch date", 'day'],
    ['What was the date of the meeting?', undefined],
    ['What day of the month is rent due?', 'day'],
    ['What day of the week is the market?', undefined],
    ['When was the meeting?', undefined],
  ])('given "%s", then the part asked for is %s', (question, unit) => {
    expect(analyseQuestion(question).dateUnit).toBe(unit);
  });
});

describe('what the question says of itself, read once', () => {
  it.each([
    ['$436 million', false, true],
    ['two million', false, true],
    ['aid in 2011', false, false],
    ['What did the aid pay for?', true, false],
  ] as const)('given "%s", then a question word: %s, only numbers: %s', (question, hasQuestionWord, onlyNumbers) => {
    const analysed = analyseQuestion(question);
    expect([analysed.hasQuestionWord, analysed.onlyNumbers]).toEqual([hasQuestionWord, onlyNumbers]);
  });

  it('given a figure typed alone, then its figures are kept; given more words, then none are', () => {
    expect(analyseQuestion('$436m').figuresAlone?.map((f) => f.value)).toEqual([436_000_000]);
    expect(analyseQuestion('10,000 fighters').figuresAlone).toBeUndefined();
  });

  it('given "how old is" and a name, then the name is whose age is asked', () => {
    expect(analyseQuestion('How old is Melnyk?').asksAgeOf).toBe('Melnyk');
    expect(analyseQuestion('how old was the CEO').asksAgeOf).toBe('CEO');
    expect(analyseQuestion('How many fighters?').asksAgeOf).toBeUndefined();
  });

  it('given "when will", "last year" and stated numbers, then the question says so', () => {
    const analysed = analyseQuestion('When will the 300 passengers return, as they did last year?');
    expect([analysed.futureTense, analysed.namesRelativeTime, analysed.statedFigures.map((f) => f.value)]).toEqual([true, true, [300]]);
  });

  it('given words typed as a number, a possessive or, asking when, a verb form, then the question lists them', () => {
    const raws = (words: ReadonlySet<{ raw: string }>) => [...words].map((w) => w.raw);
    const analysed = analyseQuestion("When was Boston's 2001 parade cancelled?");
    expect([raws(analysed.numberWords), raws(analysed.possessiveWords), raws(analysed.eventWords)]).toEqual([['2001'], ["Boston's"], ['cancelled']]);
    expect(raws(analyseQuestion("Was Boston's 2001 parade cancelled?").eventWords)).toEqual([]);
  });
});

describe('what "which" asks to have named', () => {
  it.each([
    ['Which staffing agency was hired?', ['agenc']],
    ['Which bakery sells bread to passengers?', ['bakeri']],
    ['What is the diving club called?', ['club']],
    ['which diving club found it', ['club']],
    ['Which bakeries sell bread?', ['bakeri']],
    ['What company supplied the software?', ['compani']],
  ])('given "%s", then the thing to be named is %j', (question, terms) => {
    const whichOf = analyseQuestion(question).whichOf;
    expect(whichOf?.length).toBe(1);
    expect(whichOf![0]!.startsWith(terms[0]!)).toBe(true);
  });
  it('given "what is the X called", then "called" names the kind of answer, which the answer need not repeat; "who called" is a word to find', () => {
    expect(analyseQuestion("what's the dad called").words.find((w) => w.raw === 'called')?.focus).toBe(true);
    expect(analyseQuestion('Who called the police?').words.find((w) => w.raw === 'called')?.focus).toBeUndefined();
  });
  it('given a name after "the town of" or a date, then it is not the name of the thing asked; one after "the hiring of" may be', () => {
    const naming = (sentence: string, thing: string) => {
      const names = tokenize(sentence).filter((t, i) => i > 0 && /^\p{Lu}/u.test(t.raw) && t.term).map((t) => t.term!);
      return namesThingItMentions(sentence, [termOf(thing)!], new Set([termOf(thing)!]), names, [], new Set());
    };
    expect(naming('The wreck was spotted on Aug. 9 by a diving club from the town of Conil de la Frontera.', 'club')).toBe('unnamed');
    expect(naming('The Broncos announced the hiring of Gary Kubiak as the new coach.', 'coach')).toBe('unsure');
  });
  it('given "what" before a noun in a question asking for no name ("amid what concerns"), then nothing is to be named', () => {
    expect(analyseQuestion('Countries were reluctant amid what concerns?').whichOf).toBeUndefined();
  });
});

/** `withChatWordsSpelled` looks words up for what replacing this pattern finds. */
const CHAT_WORD = new RegExp(`\\b(?:${[...CHAT_SPELLINGS.keys()].join('|')})\\b`, 'gi');

/** ...and the letters of CHAT_LETTERS typed alone in lower case. */
const CHAT_LETTER = new RegExp(`(?<!\\S)(?:${[...CHAT_LETTERS.keys()].join('|')})(?![^\\s?!,])`, 'g');

function chatWordsByPattern(text: string): string {
  return text
    .replace(CHAT_WORD, (word, at: number) => {
      const lower = word.toLowerCase();
      const spelled = CHAT_SPELLINGS.get(lower)!;
      if (word === lower) return spelled;
      return at === 0 && word === word[0] + lower.slice(1) ? spelled[0]!.toUpperCase() + spelled.slice(1) : word;
    })
    .replace(CHAT_LETTER, (letter) => CHAT_LETTERS.get(letter)!);
}

describe('withChatWordsSpelled', () => {
  it('given chat spellings in any case, joined to letters, digits, underscores or other scripts, then it spells out what the pattern does', () => {
    const pieces = fc.constantFrom('wat', 'Wat', 'WAT', 'wher', 'Howmany', 'dont', 'u', 'r', 'R', 'n', 'ppl', 'whats', 'x', 'é', 'ſ', '\u212A', '_', '1', ' ', '\t', '?', ',', '.', '&', "'", '-', 'teh');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(withChatWordsSpelled(text), text).toBe(chatWordsByPattern(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('chat shorthand for a word', () => {
  it('given "r", "u" or "n" typed alone for a word, then they are read as "are", "you", "and"; "R&D", "u.s." and capitals are left', () => {
    expect(withChatWordsSpelled('how much r they spending on agency staff')).toBe('how much are they spending on agency staff');
    expect(withChatWordsSpelled('how many points do u need, n by when?')).toBe('how many points do you need, and by when?');
    expect(withChatWordsSpelled('what is r&d spending in the u.s.')).toBe('what is r&d spending in the u.s.');
    expect(withChatWordsSpelled('is Plan R ready')).toBe('is Plan R ready');
    expect(analyseQuestion('how much r they spending on staff').kind).toBe(analyseQuestion('how much are they spending on staff').kind);
  });

  it('given "gonna" or "wanna", then they are read as the words they stand for', () => {
    expect(withChatWordsSpelled('is this gonna make my rates go up')).toBe('is this going to make my rates go up');
    expect(withChatWordsSpelled('who wanna know')).toBe('who want to know');
    expect(withChatWordsSpelled('is this the first time theyve done layoffs')).toBe('is this the first time they have done layoffs');
    expect(withChatWordsSpelled('how high is inflation rn')).toBe('how high is inflation now');
    expect(withChatWordsSpelled('what happend to the goverment')).toBe('what happened to the government');
  });
  it('given "where\'d" or "how\'d", then no word of them is looked for', () => {
    expect(analyseQuestion("where'd they find it").words.map((w) => w.raw)).toEqual(['find']);
    expect(analyseQuestion('how’d they do it').words).toEqual([]);
  });
  it('given "temp" or "mens", then they are read as "temperature" and "men\'s"', () => {
    expect(withChatWordsSpelled('what was the temp at the start')).toBe('what was the temperature at the start');
    expect(withChatWordsSpelled('who won the mens race')).toBe("who won the men's race");
    expect(withChatWordsSpelled('how much revenue last qtr')).toBe('how much revenue last quarter');
  });
});

describe('abbreviations asked about', () => {
  it.each([
    ['What does NPWS stand for?', 'NPWS'],
    ['What is AEMET?', 'AEMET'],
    ['what is aemet', 'AEMET'],
    ["what's the NPWS", 'NPWS'],
    ['What does the F.D.A. mean?', 'FDA'],
    ['what is inflation?', undefined],
    ['what was the score', undefined],
  ])('given "%s", then the abbreviation asked about is %s', (question, abbreviation) => {
    expect(analyseQuestion(question).abbreviation).toBe(abbreviation);
  });
});

describe('a name asked for with a possessive', () => {
  it.each([
    ["what's the contractor's name", 'person', 'contractor'],
    ['whats the contractors name', 'person', 'contractor'],
    ['what is the ships name', 'other', 'ship'],
  ])('given "%s", then a name is wanted (%s) of the %s', (question, kind, thing) => {
    const analysed = analyseQuestion(question);
    expect([analysed.wantsName, analysed.kind, analysed.nameOf]).toEqual([true, kind, [thing]]);
  });
});

describe('a place typed without capitals', () => {
  it('given a known place right after "in", "near" or "from" in a question without capitals, then it is a name; after "the", or a common word, it is not', () => {
    const isName = (question: string, raw: string) => analyseQuestion(question).words.find((w) => w.raw === raw)?.isName;
    expect(isName('when did the river crest in austin', 'austin')).toBe(true);
    expect(isName('best hiking trails near denver', 'denver')).toBe(true);
    expect(isName('how many died in the north', 'north')).toBe(false);
    expect(isName('what happened in court', 'court')).toBe(false);
  });
  it('given a country after "on", "about", "to", "against" or "visit" in a question without capitals, then it is a name; a common word there is not', () => {
    const isName = (question: string, raw: string) => analyseQuestion(question).words.find((w) => w.raw === raw)?.isName;
    expect(isName("what are blinken's views on china", 'china')).toBe(true);
    expect(isName('did blinken visit paris', 'paris')).toBe(true);
    expect(isName('what did he say about the plan', 'plan')).toBe(false);
  });
  it('given a known place after "into" or "within", the words an article places things with, then it is a name and a place the question is about', () => {
    expect(analyseQuestion('how many fighters crossed into mali').words.find((w) => w.raw === 'mali')?.isName).toBe(true);
    expect(analyseQuestion('how many fires started within Llano County').locatedTerms).toEqual(['llano', 'counti']);
  });
});

describe('places asked for by their kind', () => {
  it.each(['What river does the bridge cross?', 'Which airport was closed?', 'What island did they land on?', 'Which country did Blinken praise?'])('given "%s", then it asks for a place', (question) => {
    expect(analyseQuestion(question).kind).toBe('place');
  });
});

describe('a score asked for', () => {
  it.each(['What was the final score?', "what's the score", 'By what score did City win?', 'final score'])('given "%s", then a score is asked for', (question) => {
    expect(analyseQuestion(question).kind).toBe('score');
  });
});

describe('a margin asked for', () => {
  it.each(['by how much did she beat the course record', 'How much did he win by?', 'By how much did the measure pass?', 'what was the margin in the mens race', "What's the winning margin?"])('given "%s", then a margin is asked for', (question) => {
    expect(analyseQuestion(question).kind).toBe('margin');
  });
  it('given "how much did the renovation cost", then a sum is asked for, not a margin', () => {
    expect(analyseQuestion('how much did the renovation cost').kind).toBe('money');
  });
});

describe('"what is the X" of a sum of money', () => {
  it.each(["what's the salary", 'whats the prize money for winning', 'What is the fine?', 'whats the reward for information'])('given "%s", then only a sum of money answers', (question) => {
    expect(analyseQuestion(question).kind).toBe('money');
  });
  it.each(['what was the earlier fine for', 'whats the plan'])('given "%s", then it asks no sum', (question) => {
    expect(analyseQuestion(question).kind).not.toBe('money');
  });
});

describe('a change of a sum asked for', () => {
  it.each(['How much did fuel costs rise?', 'how much did ticket prices go up', 'how much have wages fallen'])('given "%s", then any amount answers (a percentage as well as a sum), not only money', (question) => {
    expect(analyseQuestion(question).kind).toBe('amount');
  });
  it.each(['how much money did fees rise by', 'how much did the bridge cost', 'how much are deckhands paid'])('given "%s", then only a sum of money answers', (question) => {
    expect(analyseQuestion(question).kind).toBe('money');
  });
});

describe('"what was the date of"', () => {
  it.each(['What was the date of the meeting?', "what's the date of the vote", 'What is the year of the flood?'])('given "%s", then it asks when, and the date word names the kind', (question) => {
    const analysed = analyseQuestion(question);
    expect([analysed.kind, analysed.words.filter((w) => w.focus).length]).toEqual(['time', 1]);
  });
});

describe('"how long" of a thing or of an event', () => {
  it.each([
    ['How long is the bridge?', 'measure'],
    ['how long was the ship', 'measure'],
    ['How long is the bridge closed?', 'duration'],
    ['How long is the strike?', 'duration'],
    ['How long were the lines at the airport?', 'duration'],
  ])('given "%s", then it asks for a %s', (question, kind) => {
    const analysed = analyseQuestion(question);
    expect([analysed.kind, analysed.kind === 'measure' ? analysed.measures : undefined]).toEqual([kind, kind === 'measure' ? 'length' : undefined]);
  });
});

describe('questions typed as keywords', () => {
  it.each([
    ['ticket price', 'money', 'price'],
    ['pup weight at birth', 'measure', 'weight'],
    ['zoo yearly attendance', 'count', 'attendance'],
    ['superintendent name', 'name', 'name'],
    ['date of the vote', 'time', 'date'],
    ['number of fake invoices', 'count', 'number'],
    ['vote count?', 'score', 'count'],
    ['fine amount?', 'amount', 'amount'],
    ['winning time?', 'duration', 'winning time'],
    ['inflation rate?', 'percent', 'inflation rate'],
  ])('given "%s", then the noun names the kind (%s) and the answer need not repeat it', (question, kind, noun) => {
    const analysed = analyseQuestion(question);
    expect([analysed.kind, analysed.words.filter((w) => w.focus).map((w) => w.raw)]).toEqual([kind, noun.split(' ')]);
  });
  it('given a question word or a yes-or-no question, then the noun names no kind', () => {
    expect(analyseQuestion('Did the ticket price go up?').kind).toBe('other');
    expect(analyseQuestion('Why did the price rise?').kind).toBe('reason');
  });
});

describe('given the wordings that say what kind of answer is wanted', () => {
  const searched = new RegExp(ANY_KIND.source, 'i');
  const pieces = fc.constantFrom(
    'how', 'How', 'many', 'much', 'old', 'long', 'ago', 'what', "what's", 'What’s', 'which', 'when', 'until', 'where', 'who', 'whom', 'whose', 'why',
    'at', 'for', 'in', 'since', 'name', 'names', 'of', 'age', 'ages', 'time', 'year', 'city', 'reason', 'come', 'is', 'the', 'percent', 'heavy',
    'weight', 'dollars', 'years', 'a', 'week', 'somehow', 'whatever', 'athlete', 'format', 'inward', 'agent', 'so-what', '?', '-', "'",
    'at what', 'for how', 'for what', 'in what', 'since when', 'name of', 'how many', 'by how much', 'win', 'by',
    'score', 'final', 'by what score',
  );
  const separators = fc.constantFrom(' ', ' ', ' ', '', ', ');
  it('then looking only where an opening word starts finds the wording a search of the whole question finds', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(pieces, separators), { maxLength: 14 }), (parts) => {
        const text = parts.map(([word, separator]) => word + separator).join('');
        const expected = searched.exec(text);
        const found = firstKindWording(text);
        expect(found?.index).toBe(expected?.index);
        expect(found?.[0]).toBe(expected?.[0]);
        expect(found?.findIndex((group, i) => i > 0 && group !== undefined)).toBe(expected?.findIndex((group, i) => i > 0 && group !== undefined));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('given a date typed in lower case', () => {
  it('then a month beside a day or a year is capitalised, and nothing else changes', () => {
    expect(withMonthsCapitalised('what happens on 31 march 2025')).toBe('what happens on 31 March 2025');
    expect(withMonthsCapitalised('on the 1st of april, and june 2025')).toBe('on the 1st of April, and June 2025');
    expect(withMonthsCapitalised('what may happen in march')).toBe('what may happen in march');
  });

  it('then the question states the date, not a bare number', () => {
    const question = analyseQuestion('what happens on 31 march 2025');
    const day = question.words.find((w) => w.raw === '31')!;
    expect(question.statedFigure(day)).toMatchObject({ kind: 'date', text: '31 March 2025' });
  });
});
